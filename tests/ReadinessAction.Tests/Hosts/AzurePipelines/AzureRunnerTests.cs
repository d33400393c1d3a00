using ReadinessAction.Reporting;
using ReadinessAction.Tests.Hosts.GitHubActions;

namespace ReadinessAction.Tests.Hosts.AzurePipelines;

/// <summary>The Azure Pipelines host against the fake Azure DevOps: thread, status, logging commands, refusals.</summary>
public sealed class AzureRunnerTests
{
    [Fact]
    public async Task First_run_creates_the_thread_and_a_pending_then_final_status_on_the_latest_iteration()
    {
        await using var azure = await FakeAzureDevOpsServer.StartAsync();
        using var scenario = new AzureScenario(azure.CollectionUri);

        var (exitCode, stdout, _) = await scenario.RunAsync(_ => SampleOutcomes.Failing());

        Assert.Equal(1, exitCode);
        var thread = Assert.Single(azure.State.Threads);
        Assert.Equal("active", thread["status"]!.GetValue<string>());
        Assert.Equal("readiness", thread["properties"]!["ReadinessAction.Context"]!["$value"]!.GetValue<string>());
        Assert.StartsWith(CommentMarker.For("readiness"), thread["comments"]![0]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["pending", "failed"], azure.State.Statuses.Select(s => s["state"]!.GetValue<string>()));
        Assert.All(azure.State.Statuses, s =>
        {
            Assert.Equal("readiness-action", s["context"]!["genre"]!.GetValue<string>());
            Assert.Equal("readiness", s["context"]!["name"]!.GetValue<string>());
            Assert.Equal(2, s["iterationId"]!.GetValue<int>());
            Assert.EndsWith("/fabrikam/Fiber/_build/results?buildId=812", s["targetUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        });
        Assert.StartsWith($"##vso[task.setsecret]{FakeAzureDevOpsServer.Token}\n", stdout, StringComparison.Ordinal);
        Assert.Contains("##vso[task.setvariable variable=verdict;isOutput=true;]fail\n", stdout, StringComparison.Ordinal);
        Assert.Contains($"##vso[task.uploadsummary]{scenario.Summary}\n", stdout, StringComparison.Ordinal);
        Assert.Contains("##vso[task.logissue type=error;sourcepath=docs/PRODUCTION_READINESS.md;linenumber=", stdout, StringComparison.Ordinal);
        Assert.EndsWith("##vso[task.complete result=Failed;]The readiness gate failed: a checklist claims what the evidence contradicts.\n", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(scenario.Summary));
    }

    [Fact]
    public async Task Second_run_edits_the_same_thread_and_closes_it_when_the_gate_passes()
    {
        await using var azure = await FakeAzureDevOpsServer.StartAsync();
        using var scenario = new AzureScenario(azure.CollectionUri);
        await scenario.RunAsync(_ => SampleOutcomes.Failing());

        var (exitCode, stdout, _) = await scenario.RunAsync(_ => SampleOutcomes.Passing());

        Assert.Equal(0, exitCode);
        var thread = Assert.Single(azure.State.Threads);
        Assert.Equal("closed", thread["status"]!.GetValue<string>());
        Assert.Contains("pass", thread["comments"]![0]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["pending", "failed", "pending", "succeeded"], azure.State.Statuses.Select(s => s["state"]!.GetValue<string>()));
        Assert.DoesNotContain("task.complete", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_thread_of_another_status_context_is_left_alone()
    {
        await using var azure = await FakeAzureDevOpsServer.StartAsync();
        using var scenario = new AzureScenario(azure.CollectionUri);
        await scenario.RunAsync(_ => SampleOutcomes.Failing());
        scenario.Environment["INPUT_STATUS_CONTEXT"] = "readiness/api";

        await scenario.RunAsync(_ => SampleOutcomes.Failing());

        Assert.Equal(2, azure.State.Threads.Count);
    }

    [Fact]
    public async Task Server_errors_are_retried_and_the_run_publishes()
    {
        await using var azure = await FakeAzureDevOpsServer.StartAsync();
        using var scenario = new AzureScenario(azure.CollectionUri);
        azure.State.FailNext(503, 2);

        var (exitCode, stdout, _) = await scenario.RunAsync(_ => SampleOutcomes.Passing());

        Assert.Equal(0, exitCode);
        Assert.Single(azure.State.Threads);
        Assert.Equal(["pending", "succeeded"], azure.State.Statuses.Select(s => s["state"]!.GetValue<string>()));
        Assert.DoesNotContain("Readiness results not published", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_token_is_explained_in_the_message_and_fails_a_passing_run()
    {
        await using var azure = await FakeAzureDevOpsServer.StartAsync();
        using var scenario = new AzureScenario(azure.CollectionUri);
        scenario.Environment["SYSTEM_ACCESSTOKEN"] = "expired-token-abcdef";

        var (exitCode, stdout, _) = await scenario.RunAsync(_ => SampleOutcomes.Passing());

        Assert.Equal(2, exitCode);
        Assert.Contains("answered 401", stdout, StringComparison.Ordinal);
        Assert.Contains("env: SYSTEM_ACCESSTOKEN: $(System.AccessToken)", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("expired-token-abcdef", stdout.Replace("##vso[task.setsecret]expired-token-abcdef", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_pull_request_permission_names_TF401027_and_the_build_service_permission()
    {
        await using var azure = await FakeAzureDevOpsServer.StartAsync();
        using var scenario = new AzureScenario(azure.CollectionUri);
        azure.State.Refusal = (403, "TF401027: You need the Git 'PullRequestContribute' permission to perform this action.");

        var (_, stdout, _) = await scenario.RunAsync(_ => SampleOutcomes.Failing());

        Assert.Contains("##vso[task.logissue type=warning;]Readiness results not published: Could not set the pull request status", stdout, StringComparison.Ordinal);
        Assert.Contains("TF401027", stdout, StringComparison.Ordinal);
        Assert.Contains("'Contribute to pull requests'", stdout, StringComparison.Ordinal);
        Assert.Empty(azure.State.Threads);
    }

    [Fact]
    public async Task Without_the_token_mapped_nothing_is_published_and_the_warning_says_how_to_map_it()
    {
        await using var azure = await FakeAzureDevOpsServer.StartAsync();
        using var scenario = new AzureScenario(azure.CollectionUri);
        scenario.Environment.Remove("SYSTEM_ACCESSTOKEN");

        var (exitCode, stdout, _) = await scenario.RunAsync(_ => SampleOutcomes.Passing());

        Assert.Equal(0, exitCode);
        Assert.Contains("##vso[task.logissue type=warning;]SYSTEM_ACCESSTOKEN is not set", stdout, StringComparison.Ordinal);
        Assert.Contains("$(System.AccessToken)", stdout, StringComparison.Ordinal);
        Assert.Empty(azure.State.Requests);
    }
}
