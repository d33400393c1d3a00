using ReadinessAction.Tests.Hosts.GitHubActions;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Hosts.AzurePipelines;

/// <summary>Prism serving Microsoft's description of the Azure DevOps Git API 7.1 (tests/corpus/specs, see its README).</summary>
public sealed class AzurePrismServer : PrismServer
{
    protected override string Spec => Path.Combine(RepositoryPaths.Root, "tests", "corpus", "specs", "azure-devops", "git-7.1.json");
}

[CollectionDefinition(Name)]
public sealed class AzurePrismTestGroup : ICollectionFixture<AzurePrismServer>
{
    public const string Name = "Prism with the Azure DevOps Git API description";
}
