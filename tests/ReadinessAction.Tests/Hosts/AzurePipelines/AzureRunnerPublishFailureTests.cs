using ReadinessAction.Tests.Hosts.GitHubActions;

namespace ReadinessAction.Tests.Hosts.AzurePipelines;

/// <summary>
/// What a run does when Azure DevOps fails part of the publishing: the report and summary are written either way,
/// the failure is named without the token, and the step fails only when the status, the part a policy requires,
/// was never set (as on GitHub). The thread's closed/active state is a warning.
/// </summary>
public sealed class AzureRunnerPublishFailureTests
{
    private const string Secret = "The server failed; token " + FakeAzureDevOpsServer.Token + " was sent.";

    [Fact]
    public async Task A_failed_thread_state_update_is_a_warning_and_the_published_status_and_comment_stand()
    {
        var (exitCode, stdout, state) = await RunPassingAsync(refuse: ("PATCH", "/threads/1"));

        Assert.Equal(0, exitCode);
        Assert.Equal(["pending", "succeeded"], state.Statuses.Select(s => s["state"]!.GetValue<string>()));
        Assert.Equal("active", Assert.Single(state.Threads)["status"]!.GetValue<string>());
        Assert.Contains("##vso[task.logissue type=warning;]Readiness results not published: Could not mark the comment resolved: Azure DevOps PATCH ", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("type=error", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing was published", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_status_that_cannot_be_set_fails_a_passing_run_and_names_the_failure_without_the_token()
    {
        var (exitCode, stdout, _) = await RunPassingAsync(refuse: ("POST", "/statuses"));

        Assert.Equal(2, exitCode);
        Assert.Contains("##vso[task.logissue type=error;]Readiness results not published: Could not set the pull request status: Azure DevOps POST ", stdout, StringComparison.Ordinal);
        Assert.Contains("Nothing was published: the pull request status was never set (the API failed)", stdout, StringComparison.Ordinal);
        Assert.Contains("##vso[task.setvariable variable=verdict;isOutput=true;]pass\n", stdout, StringComparison.Ordinal);
    }

    /// <summary>A passing run while Azure DevOps answers 500 (with the token in its message) to one route; the report and summary are written and no message holds the token.</summary>
    private static async Task<(int ExitCode, string Stdout, FakeAzureDevOpsState State)> RunPassingAsync((string Method, string PathEnd) refuse)
    {
        await using var azure = await FakeAzureDevOpsServer.StartAsync();
        using var scenario = new AzureScenario(azure.CollectionUri);
        azure.State.RefuseRoute(refuse.Method, refuse.PathEnd, 500, Secret);

        var (exitCode, stdout, _) = await scenario.RunAsync(_ => SampleOutcomes.Passing());

        Assert.True(File.Exists(Path.Combine(scenario.Workspace, "readiness-report.json")));
        Assert.True(File.Exists(scenario.Summary));
        Assert.DoesNotContain(FakeAzureDevOpsServer.Token, stdout.Replace($"##vso[task.setsecret]{FakeAzureDevOpsServer.Token}", "", StringComparison.Ordinal), StringComparison.Ordinal);
        return (exitCode, stdout, azure.State);
    }
}
