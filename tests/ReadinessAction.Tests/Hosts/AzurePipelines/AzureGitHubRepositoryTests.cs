using FakeGitHub;

using ReadinessAction.Reporting;
using ReadinessAction.Tests.Hosts.GitHubActions;

namespace ReadinessAction.Tests.Hosts.AzurePipelines;

/// <summary>
/// A GitHub repository built in Azure Pipelines (BUILD_REPOSITORY_PROVIDER=GitHub): published to GitHub as the
/// Action publishes, against the fake GitHub, while the log speaks Azure Pipelines' logging commands.
/// </summary>
public sealed class AzureGitHubRepositoryTests
{
    private const string Repository = "octo-org/demo";
    private const string GitHubToken = "ghp_AzureBuiltGitHubRepositoryToken0123456789";

    [Fact]
    public async Task A_GitHub_pull_request_built_in_Azure_Pipelines_gets_one_sticky_comment_and_its_commit_status()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        github.State.AddPullRequest(new FakePullRequest(Repository, 7, AzureScenario.HeadSha, "main"));
        using var scenario = GitHubBuild(new Uri("https://dev.azure.com/fabrikam/"), github);

        var (first, _, _) = await scenario.RunAsync(_ => SampleOutcomes.Failing());
        var (second, stdout, _) = await scenario.RunAsync(_ => SampleOutcomes.Passing());

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        var state = github.State.Snapshot();
        var comment = Assert.Single(state.Comments[$"{Repository}#7"]);
        Assert.StartsWith(CommentMarker.For("readiness"), comment.Body, StringComparison.Ordinal);
        Assert.Equal(["pending", "failure", "pending", "success"], state.Statuses[AzureScenario.HeadSha].Select(s => s.State));
        Assert.All(state.Statuses[AzureScenario.HeadSha], s => Assert.Equal("https://dev.azure.com/fabrikam/Fiber/_build/results?buildId=812", s.TargetUrl));
        Assert.StartsWith($"##vso[task.setsecret]{GitHubToken}\n", stdout, StringComparison.Ordinal);
        Assert.Contains("##vso[task.setvariable variable=verdict;isOutput=true;]pass\n", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\n::", "\n" + stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(GitHubToken, stdout.Replace($"##vso[task.setsecret]{GitHubToken}", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    /// <summary>The variables Azure Pipelines sets for a GitHub pull request build, with a GitHub token in GITHUB_TOKEN.</summary>
    private static AzureScenario GitHubBuild(Uri collectionUri, FakeGitHubServer github)
    {
        var scenario = new AzureScenario(collectionUri);
        scenario.Environment["BUILD_REPOSITORY_PROVIDER"] = "GitHub";
        scenario.Environment["BUILD_REPOSITORY_NAME"] = Repository;
        scenario.Environment["BUILD_REPOSITORY_ID"] = Repository;
        scenario.Environment["BUILD_REPOSITORY_URI"] = $"https://github.com/{Repository}";
        scenario.Environment["SYSTEM_PULLREQUEST_PULLREQUESTID"] = "2346789012"; // GitHub's id of the pull request, beyond an int
        scenario.Environment["SYSTEM_PULLREQUEST_PULLREQUESTNUMBER"] = "7";
        scenario.Environment["SYSTEM_PULLREQUEST_TARGETBRANCH"] = "main";
        scenario.Environment["GITHUB_API_URL"] = github.BaseUrl.AbsoluteUri;
        scenario.Environment["GITHUB_TOKEN"] = GitHubToken;
        scenario.Environment.Remove("SYSTEM_ACCESSTOKEN");
        return scenario;
    }
}
