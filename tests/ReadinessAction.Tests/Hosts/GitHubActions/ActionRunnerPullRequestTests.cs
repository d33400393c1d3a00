using FakeGitHub;

using ReadinessAction.Reporting;

namespace ReadinessAction.Tests.Hosts.GitHubActions;

/// <summary>The action on a pull_request event (real payload), against the stateful fake GitHub.</summary>
public sealed class ActionRunnerPullRequestTests
{
    private const string HeadSha = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";
    private const string Issue = "Codertocat/Hello-World#2";
    private static readonly string Marker = CommentMarker.For("readiness");

    [Fact]
    public async Task First_run_creates_the_comment_and_sets_pending_then_failure_on_the_head_sha()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        using var scenario = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.Get("pull_request", "opened"));

        var result = await scenario.RunAsync(_ => SampleOutcomes.Failing());

        Assert.Equal(1, result.ExitCode);
        var state = github.State.Snapshot();
        var comment = Assert.Single(state.Comments[Issue]);
        Assert.StartsWith(Marker, comment.Body, StringComparison.Ordinal);
        Assert.Equal(["pending", "failure"], state.Statuses[HeadSha].Select(s => s.State));
        Assert.False(state.Statuses.ContainsKey(ActionScenario.MergeSha), "the status goes on the PR head, not the merge commit");
        var final = state.Statuses[HeadSha][^1];
        Assert.Equal("3 claims contradicted, 41 verified", final.Description);
        Assert.Equal("readiness", final.Context);
        Assert.Equal("https://github.com/Codertocat/Hello-World/actions/runs/4242", final.TargetUrl);
        Assert.Equal($"https://github.com/Codertocat/Hello-World/pull/2#issuecomment-{comment.Id}", result.Outputs["comment_url"]);
        Assert.Equal("fail", result.Outputs["verdict"]);
        Assert.Equal("3", result.Outputs["contradicted"]);
        Assert.Equal("41", result.Outputs["verified"]);
        Assert.Equal("readiness-report.json", result.Outputs["report_path"]);
        Assert.Contains("::error file=docs/PRODUCTION_READINESS.md,line=12,title=Readiness claim contradicted::", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("::warning file=docs/PRODUCTION_READINESS.md,line=44,title=unknown-phrase::", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(Rendered.Summary(SampleOutcomes.Failing()), result.Summary, StringComparison.Ordinal);
        Assert.Equal(Rendered.Comment(SampleOutcomes.Failing()), comment.Body);
        Assert.Equal("fail", (string?)result.Report["verdict"]);
    }

    [Fact]
    public async Task Second_run_edits_the_same_comment_in_place()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        using var first = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.Get("pull_request", "opened"));
        using var second = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.Get("pull_request", "synchronize"));

        await first.RunAsync(_ => SampleOutcomes.Failing());
        var created = Assert.Single(github.State.Snapshot().Comments[Issue]);
        var result = await second.RunAsync(_ => SampleOutcomes.Passing());

        Assert.Equal(0, result.ExitCode);
        var state = github.State.Snapshot();
        var edited = Assert.Single(state.Comments[Issue]);
        Assert.Equal(created.Id, edited.Id);
        Assert.Equal(Rendered.Comment(SampleOutcomes.Passing()), edited.Body);
        Assert.Equal(["pending", "failure", "pending", "success"], state.Statuses[HeadSha].Select(s => s.State));
        Assert.Equal(1, state.Requests.Count(r => r is { Method: "POST", Status: 201 } && r.Path.EndsWith("/comments", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Two_concurrent_runs_leave_exactly_one_comment()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        // Both creations are held back so that both runs list before either comment exists: both create.
        github.State.AddFaults([new FakeFault("POST", "/issues/2/comments", Status: 0, Count: 2, DelayMilliseconds: 1500)]);
        using var a = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.Get("pull_request", "opened"));
        using var b = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.Get("pull_request", "synchronize"));

        var results = await Task.WhenAll(a.RunAsync(_ => SampleOutcomes.Failing()), b.RunAsync(_ => SampleOutcomes.Failing()));

        var state = github.State.Snapshot();
        var survivor = Assert.Single(state.Comments[Issue]);
        Assert.Equal(2, state.Requests.Count(r => r is { Method: "POST", Status: 201 } && r.Path.EndsWith("/comments", StringComparison.Ordinal)));
        Assert.Contains(state.Requests, r => r is { Method: "DELETE", Status: 204 });
        Assert.All(results, r => Assert.EndsWith($"#issuecomment-{survivor.Id}", r.Outputs["comment_url"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_502_from_GitHub_is_retried_and_the_run_publishes()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        github.State.AddFaults([new FakeFault("POST", "/statuses/", 502, Count: 1), new FakeFault("POST", "/issues/2/comments", 502, Count: 2)]);
        using var scenario = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.Get("pull_request", "opened"));

        var result = await scenario.RunAsync(_ => SampleOutcomes.Passing());

        Assert.Equal(0, result.ExitCode);
        var state = github.State.Snapshot();
        Assert.Single(state.Comments[Issue]);
        Assert.Equal(["pending", "success"], state.Statuses[HeadSha].Select(s => s.State));
        var commentPosts = state.Requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/comments", StringComparison.Ordinal)).Select(r => r.Status);
        Assert.Equal([502, 502, 201], commentPosts);
        Assert.Equal([502, 201, 201], state.Requests.Where(r => r.Path.Contains("/statuses/", StringComparison.Ordinal)).Select(r => r.Status));
    }

    [Fact]
    public async Task Crash_during_the_judgement_leaves_an_error_status_not_a_pending_one()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        using var scenario = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.Get("pull_request", "opened"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => scenario.RunAsync(_ => throw new InvalidOperationException("boom")));

        var statuses = github.State.Snapshot().Statuses[HeadSha];
        Assert.Equal(["pending", "error"], statuses.Select(s => s.State));
        Assert.Equal("readiness crashed; see the run log", statuses[^1].Description);
    }

    [Fact]
    public async Task Enterprise_server_api_url_with_api_v3_is_used_as_the_base()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        using var scenario = new ActionScenario(github.EnterpriseUrl, "pull_request", WebhookExamples.Get("pull_request", "opened"));

        var result = await scenario.RunAsync(_ => SampleOutcomes.Passing());

        Assert.Equal(0, result.ExitCode);
        var requests = github.State.Snapshot().Requests;
        Assert.NotEmpty(requests);
        Assert.All(requests, r => Assert.StartsWith("/api/v3/", r.Path, StringComparison.Ordinal));
    }
}
