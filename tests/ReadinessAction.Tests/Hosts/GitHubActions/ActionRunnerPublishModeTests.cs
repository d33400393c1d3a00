using System.Text.Json.Nodes;

using FakeGitHub;

namespace ReadinessAction.Tests.Hosts.GitHubActions;

/// <summary>
/// The fork recipe: a pull_request run in report-only mode, then a workflow_run run in publish mode that posts
/// the saved report on the pull request the report was made for.
/// </summary>
public sealed class ActionRunnerPublishModeTests
{
    private const string HeadSha = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";

    [Fact]
    public async Task Publish_mode_posts_the_report_of_an_earlier_fork_run_on_its_pull_request()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        github.State.AddPullRequest(new FakePullRequest("Codertocat/Hello-World", 2, HeadSha, "master"));
        using var publish = await PublishScenarioAsync(github, WorkflowRun(HeadSha));

        var result = await publish.RunAsync(_ => throw new InvalidOperationException("publish mode must not judge again"));

        Assert.Equal(1, result.ExitCode);
        var state = github.State.Snapshot();
        Assert.Equal(Rendered.Comment(SampleOutcomes.Failing()), Assert.Single(state.Comments["Codertocat/Hello-World#2"]).Body);
        var status = Assert.Single(state.Statuses[HeadSha]);
        Assert.Equal("failure", status.State);
        Assert.Equal("https://github.com/Codertocat/Hello-World/actions/runs/4242", status.TargetUrl);
        Assert.Contains(Rendered.Summary(SampleOutcomes.Failing()), result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_mode_refuses_a_report_made_for_another_commit_than_the_triggering_run()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        using var publish = await PublishScenarioAsync(github, WorkflowRun("1111111111111111111111111111111111111111"));

        var result = await publish.RunAsync(_ => throw new InvalidOperationException("not called"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"the report was made for commit {HeadSha}", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(github.State.Snapshot().Requests);
    }

    [Fact]
    public async Task Publish_mode_does_not_comment_on_a_pull_request_whose_head_is_another_commit()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        // A forged artifact names pull request 2, whose head on GitHub is not the commit the report is about.
        github.State.AddPullRequest(new FakePullRequest("Codertocat/Hello-World", 2, "2222222222222222222222222222222222222222", "master"));
        using var publish = await PublishScenarioAsync(github, WorkflowRun(HeadSha));

        var result = await publish.RunAsync(_ => throw new InvalidOperationException("not called"));

        var state = github.State.Snapshot();
        Assert.Empty(state.Comments);
        Assert.Equal("failure", Assert.Single(state.Statuses[HeadSha]).State);
        Assert.Contains("Not commenting on pull request #2", result.Stdout, StringComparison.Ordinal);
    }

    private static async Task<ActionScenario> PublishScenarioAsync(FakeGitHubServer github, JsonObject workflowRun)
    {
        using var pr = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.ForkPullRequest());
        pr.Environment["INPUT_MODE"] = "report-only";
        pr.Environment["INPUT_REPORT"] = "out/readiness-report.json";
        await pr.RunAsync(_ => SampleOutcomes.Failing());

        // As the artifact download would: the report and its .github.json, into the publishing workspace.
        var publish = new ActionScenario(github.BaseUrl, "workflow_run", workflowRun);
        Directory.CreateDirectory(Path.Combine(publish.Workspace, "artifact"));
        foreach (var name in new[] { "readiness-report.json", "readiness-report.github.json" })
        {
            File.Copy(Path.Combine(pr.Workspace, "out", name), Path.Combine(publish.Workspace, "artifact", name));
        }

        publish.Environment["INPUT_MODE"] = "publish";
        publish.Environment["INPUT_REPORT"] = "artifact/readiness-report.json";
        publish.Environment["GITHUB_RUN_ID"] = "5555";
        return publish;
    }

    // The recorded workflow_run payload, as GitHub sends it for a fork: no associated pull request.
    private static JsonObject WorkflowRun(string headSha)
    {
        var payload = WebhookExamples.Get("workflow_run", "completed");
        payload["workflow_run"]!["head_sha"] = headSha;
        payload["workflow_run"]!["pull_requests"] = new JsonArray();
        return payload;
    }
}
