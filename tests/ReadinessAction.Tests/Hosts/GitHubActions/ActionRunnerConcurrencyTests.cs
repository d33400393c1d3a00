using System.Globalization;

using FakeGitHub;

using ReadinessAction.Publishing;
using ReadinessAction.Reporting;

namespace ReadinessAction.Tests.Hosts.GitHubActions;

/// <summary>
/// Runs of one pull request at the same time (a push during a run, a re-run), against a GitHub whose comment list shows
/// new comments late, as the real one may: exactly one comment is left, the oldest, and every run still ends its status.
/// </summary>
public sealed class ActionRunnerConcurrencyTests
{
    private const string Issue = "Codertocat/Hello-World#2";
    private static readonly string Marker = CommentMarker.For("readiness");
    private static readonly PublishLimits Short = new(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(5)) { VisibilityWaits = [.. Enumerable.Repeat(TimeSpan.FromMilliseconds(150), 8)] };

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Concurrent_runs_leave_one_comment_when_the_list_shows_new_comments_late(int runs)
    {
        await using var github = await FakeGitHubServer.StartAsync();
        for (var trial = 0; trial < 3; trial++)
        {
            github.State.Reset();
            github.State.ListDelay = TimeSpan.FromMilliseconds(300);
            var scenarios = Enumerable.Range(0, runs).Select(_ => PullRequest(github)).ToList();
            try
            {
                var results = await Task.WhenAll(scenarios.Select((s, i) => s.RunAsync(_ => i % 2 == 0 ? SampleOutcomes.Passing() : SampleOutcomes.Failing())));

                Assert.All(results, r => Assert.NotEqual(2, r.ExitCode));
                var state = github.State.Snapshot();
                var kept = Assert.Single(state.Comments[Issue]);
                Assert.StartsWith(Marker, kept.Body, StringComparison.Ordinal);
                var deleted = state.Requests.Where(r => r.Method == "DELETE" && r.Status == 204).Select(r => long.Parse(r.Path[(r.Path.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture));
                Assert.All(deleted, id => Assert.True(id > kept.Id, "the oldest comment is the one kept"));
                Assert.Equal(runs, state.Requests.Count(r => r.Method == "POST" && r.Path.Contains("/statuses/", StringComparison.Ordinal) && r.Status == 201) / 2);
            }
            finally
            {
                scenarios.ForEach(s => s.Dispose());
            }
        }
    }

    [Fact]
    public async Task Concurrent_runs_on_a_pull_request_that_has_our_comment_edit_it_and_create_none()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        using var earlier = PullRequest(github);
        await earlier.RunAsync(_ => SampleOutcomes.Passing());
        var ours = Assert.Single(github.State.Snapshot().Comments[Issue]);
        github.State.ListDelay = TimeSpan.FromMilliseconds(300);
        using var first = PullRequest(github);
        using var second = PullRequest(github);

        await Task.WhenAll(first.RunAsync(_ => SampleOutcomes.Failing()), second.RunAsync(_ => SampleOutcomes.Failing()));

        var kept = Assert.Single(github.State.Snapshot().Comments[Issue]);
        Assert.Equal(ours.Id, kept.Id);
        Assert.Contains("failed", kept.Body, StringComparison.OrdinalIgnoreCase);
    }

    private static ActionScenario PullRequest(FakeGitHubServer github) =>
        new(github.BaseUrl, "pull_request", WebhookExamples.Get("pull_request", "opened")) { Limits = Short };
}
