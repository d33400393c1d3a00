namespace ReadinessAction.Tests.Hosts.GitHubActions;

[CollectionDefinition(Name)]
public sealed class PrismTestGroup : ICollectionFixture<PrismServer>
{
    public const string Name = "Prism with GitHub's OpenAPI description";
}
