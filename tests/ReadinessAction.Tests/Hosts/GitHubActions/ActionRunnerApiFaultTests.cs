using System.Diagnostics;

using FakeGitHub;

using ReadinessAction.Publishing;
using ReadinessAction.Reporting;

namespace ReadinessAction.Tests.Hosts.GitHubActions;

/// <summary>GitHub failing in ordinary ways: silence, loops, refusals that are not a fork's, forged comments (concurrent runs: <see cref="ActionRunnerConcurrencyTests"/>).</summary>
public sealed class ActionRunnerApiFaultTests
{
    private const string HeadSha = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";
    private const string Issue = "Codertocat/Hello-World#2";
    private const string NotPublished = "::error title=Readiness results not published::";
    private static readonly string Marker = CommentMarker.For("readiness");
    private static readonly PublishLimits Short = new(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1)) { VisibilityWaits = [.. Enumerable.Repeat(TimeSpan.FromMilliseconds(150), 8)] };

    /// <summary>Room for a loaded CI machine: only the test of the time limit itself runs on the short budget.</summary>
    private static readonly PublishLimits Roomy = Short with { Budget = TimeSpan.FromSeconds(30), FinalStatusGrace = TimeSpan.FromSeconds(5) };

    [Fact]
    public async Task An_API_that_never_answers_ends_the_run_within_the_publishing_time_limit_and_fails_the_step()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        github.State.AddFaults([new FakeFault(null, null, 0, 1000, DelayMilliseconds: 600_000)]);
        using var scenario = PullRequest(github, Short);
        var clock = Stopwatch.StartNew();

        var result = await scenario.RunAsync(_ => SampleOutcomes.Passing());

        // Budget 2 s + grace 1 s; unbounded, the same run took 474 s (3 calls × 5 attempts × 30 s). The bound is loose
        // so that a loaded CI machine, where the judging itself can take seconds, does not fail it.
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(60));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{NotPublished}Could not set the commit status: no answer within the 2 s publishing time limit", result.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{NotPublished}Nothing was published: the commit status was never set (the API did not answer in time)", result.Stdout, StringComparison.Ordinal);
        Assert.NotNull(result.ReportJson);
        Assert.Contains(Rendered.Summary(SampleOutcomes.Passing()), result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_next_page_link_to_the_same_page_stops_the_listing_and_still_sets_the_final_status()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        var self = new Uri(github.BaseUrl, "repos/Codertocat/Hello-World/issues/2/comments?per_page=100");
        github.State.AddFaults([new FakeFault("GET", "/comments", 0, 1000, Headers: new Dictionary<string, string> { ["Link"] = $"<{self}>; rel=\"next\"" })]);
        using var scenario = PullRequest(github);

        var result = await scenario.RunAsync(_ => SampleOutcomes.Passing());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{NotPublished}Could not comment on the pull request: GitHub answered a next-page link to a page already read", result.Stdout, StringComparison.Ordinal);
        var state = github.State.Snapshot();
        Assert.Single(state.Requests, r => r.Method == "GET" && r.Path.EndsWith("/comments", StringComparison.Ordinal));
        Assert.Equal(["pending", "success"], state.Statuses[HeadSha].Select(s => s.State));
    }

    [Theory]
    [InlineData(401, "Bad credentials", null, "the token was rejected")]
    [InlineData(403, "API rate limit exceeded", "3600", "the API rate limit is exhausted")]
    [InlineData(429, "You have exceeded a secondary rate limit", "3600", "the API rate limit is exhausted")]
    [InlineData(403, "Resource not accessible by integration", null, "the token lacks the permission")]
    public async Task A_refusal_that_is_not_a_forks_fails_the_step_naming_its_cause_without_the_token(int status, string message, string? retryAfter, string cause)
    {
        await using var github = await FakeGitHubServer.StartAsync();
        var headers = retryAfter is null ? null : new Dictionary<string, string> { ["Retry-After"] = retryAfter };
        github.State.AddFaults([new FakeFault(null, null, status, 1000, $"{message} {ActionScenario.Token}", headers)]);
        using var scenario = PullRequest(github);

        var result = await scenario.RunAsync(_ => SampleOutcomes.Passing());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{NotPublished}Nothing was published: the commit status was never set ({cause})", result.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{message} ***", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(ActionScenario.Token, string.Join('\n', result.Stdout.Split('\n').Skip(1)) + result.Stderr + result.Summary, StringComparison.Ordinal);
        Assert.Single(github.State.Snapshot().Requests, r => r.Path.Contains("/statuses/", StringComparison.Ordinal)); // refused once, not asked again
    }

    [Fact]
    public async Task Dependabots_read_only_token_is_a_warning_like_a_forks()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        github.State.AddFaults([new FakeFault(null, null, 403, 1000, "Resource not accessible by integration")]);
        using var scenario = PullRequest(github);
        scenario.Environment["GITHUB_ACTOR"] = "dependabot[bot]";

        var result = await scenario.RunAsync(_ => SampleOutcomes.Passing());

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("::warning title=Readiness results not published::Could not set the commit status", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("::error", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_bots_comment_quoting_our_marker_is_never_edited_when_GET_user_is_refused()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        var forged = github.State.AddComment("Codertocat/Hello-World", 2, $"{Marker}\nforged by another app", new FakeUser("other-app[bot]", 77, "Bot"));
        using var scenario = PullRequest(github);

        var result = await scenario.RunAsync(_ => SampleOutcomes.Passing());

        Assert.Equal(0, result.ExitCode);
        var comments = github.State.Snapshot().Comments[Issue];
        Assert.Equal(2, comments.Count);
        Assert.Equal(forged, comments[0]);
        Assert.Equal("github-actions[bot]", comments[1].User.Login);
        Assert.DoesNotContain(github.State.Snapshot().Requests, r => r.Method is "PATCH" or "DELETE");
    }

    private static ActionScenario PullRequest(FakeGitHubServer github, PublishLimits? limits = null) =>
        new(github.BaseUrl, "pull_request", WebhookExamples.Get("pull_request", "opened")) { Limits = limits ?? Roomy };
}
