using FakeGitHub;

namespace ReadinessAction.Tests.Hosts.GitHubActions;

/// <summary>Forks, read-only tokens and failing APIs: results are never lost and the token never leaks.</summary>
public sealed class ActionRunnerDegradationTests
{
    private const string NotAccessible = "Resource not accessible by integration";

    [Fact]
    public async Task Fork_pull_request_with_a_read_only_token_degrades_to_summary_annotations_and_report()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        github.State.AddFaults([new FakeFault("POST", "/statuses/", 403, 10, NotAccessible), new FakeFault("POST", "/comments", 403, 10, NotAccessible)]);
        using var scenario = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.ForkPullRequest());

        var result = await scenario.RunAsync(_ => SampleOutcomes.Passing());

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("::warning title=Readiness results not published::Could not set the commit status", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(NotAccessible, result.Stdout, StringComparison.Ordinal);
        Assert.Contains("workflow_run", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("::error", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(Rendered.Summary(SampleOutcomes.Passing()), result.Summary, StringComparison.Ordinal);
        Assert.Equal("pass", (string?)result.Report["verdict"]);
        Assert.Equal("", result.Outputs["comment_url"]);
        var state = github.State.Snapshot();
        Assert.Empty(state.Comments);
        Assert.Single(state.Requests, r => r.Path.Contains("/statuses/", StringComparison.Ordinal)); // denied once, not asked again
    }

    [Fact]
    public async Task A_failing_gate_still_fails_the_step_when_publishing_is_denied()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        github.State.AddFaults([new FakeFault(null, null, 403, 20, NotAccessible)]);
        using var scenario = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.ForkPullRequest());

        var result = await scenario.RunAsync(_ => SampleOutcomes.Failing());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("::error file=docs/PRODUCTION_READINESS.md,line=20,", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("3", result.Outputs["contradicted"]);
    }

    [Fact]
    public async Task Comment_that_fails_after_retries_keeps_the_report_and_summary_and_exits_2()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        github.State.AddFaults([new FakeFault("POST", "/comments", 502, 20)]);
        using var scenario = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.Get("pull_request", "opened"));

        var result = await scenario.RunAsync(_ => SampleOutcomes.Passing());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("::error title=Readiness results not published::Could not comment on the pull request", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(Rendered.Summary(SampleOutcomes.Passing()), result.Summary, StringComparison.Ordinal);
        Assert.NotNull(result.ReportJson);
        Assert.Equal(["pending", "success"], github.State.Snapshot().Statuses["ec26c3e57ca3a959ca5aad62de7213c562f8c821"].Select(s => s.State));
    }

    [Fact]
    public async Task Token_never_appears_in_stdout_stderr_summary_outputs_comment_statuses_or_report()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        // GitHub echoing the token in an error is the worst case: the client must scrub it.
        github.State.AddFaults([new FakeFault("GET", "/comments", 500, 20, $"bad credentials {ActionScenario.Token}")]);
        using var scenario = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.Get("pull_request", "opened"));

        var result = await scenario.RunAsync(_ => SampleOutcomes.Failing());

        var stdoutLines = result.Stdout.Split('\n');
        Assert.Equal($"::add-mask::{ActionScenario.Token}", stdoutLines[0].TrimEnd('\r'));
        Assert.Contains(stdoutLines, l => l.Contains("bad credentials ***", StringComparison.Ordinal));
        var state = github.State.Snapshot();
        string[] texts =
        [
            .. stdoutLines.Skip(1), result.Stderr, result.Summary, result.ReportJson!, .. result.Outputs.Values,
            .. state.Comments.Values.SelectMany(c => c).Select(c => c.Body),
            .. state.Statuses.Values.SelectMany(s => s).Select(s => s.Description ?? ""),
            .. state.Requests.SelectMany(r => r.Headers.Values.Append(r.Body).Append(r.Query)),
        ];
        Assert.All(texts, t => Assert.DoesNotContain(ActionScenario.Token, t, StringComparison.Ordinal));
        Assert.All(state.Requests, r => Assert.True(r.HasBearerToken));
    }
}
