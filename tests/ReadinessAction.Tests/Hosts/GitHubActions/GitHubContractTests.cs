using ReadinessAction.Hosts.GitHubActions;
using ReadinessAction.Hosts.GitHubActions.Api;
using ReadinessAction.Hosts.Http;
using ReadinessAction.Publishing;
using ReadinessAction.Reporting;

using Xunit.Abstractions;

namespace ReadinessAction.Tests.Hosts.GitHubActions;

/// <summary>
/// Every endpoint the action calls, made by the real client, checked by Prism against GitHub's OpenAPI description.
/// Prism answers 4xx to any request the description does not allow, and the client throws on 4xx: a passing test
/// means GitHub's description accepts what we send.
/// </summary>
[Collection(PrismTestGroup.Name)]
public sealed class GitHubContractTests(PrismServer prism, ITestOutputHelper output) : IDisposable
{
    private static readonly GitHubRepository Repo = new("octo-org", "hello-world");
    private readonly PrismAdapterHandler _handler = new();

    [Fact]
    public async Task Listing_issue_comments_sends_valid_first_and_next_page_requests()
    {
        output.WriteLine($"Prism loaded GitHub's description in {prism.StartupTime.TotalSeconds:F1} s");
        using var client = Client();

        var comments = await client.ListIssueCommentsAsync(Repo, 42, CancellationToken.None);

        Assert.NotEmpty(comments);
        Assert.Equal(["/repos/octo-org/hello-world/issues/42/comments?per_page=100", "/repos/octo-org/hello-world/issues/42/comments?per_page=100&page=2"], _handler.Exchanges.Select(e => e.PathAndQuery));
        AssertAllAccepted();
    }

    [Fact]
    public async Task Creating_editing_and_deleting_a_comment_are_valid_requests()
    {
        using var client = Client();
        var body = $"{CommentMarker.For("readiness")}\n## Readiness: fail\n\n| a | b |\n|---|---|\n| 1 | 2 |";

        var created = await client.CreateIssueCommentAsync(Repo, 42, body, CancellationToken.None);
        await client.UpdateIssueCommentAsync(Repo, created.Id, body + "\nedited", CancellationToken.None);
        Assert.True(await client.DeleteIssueCommentAsync(Repo, created.Id, CancellationToken.None));

        Assert.Equal(["POST", "PATCH", "DELETE"], _handler.Exchanges.Select(e => e.Method.Method));
        AssertAllAccepted();
    }

    [Theory]
    [InlineData(StatusState.Pending)]
    [InlineData(StatusState.Success)]
    [InlineData(StatusState.Failure)]
    [InlineData(StatusState.Error)]
    public async Task Every_commit_state_with_a_140_character_description_is_a_valid_status(StatusState state)
    {
        using var client = Client();
        var statuses = new CommitStatusPublisher(client, Repo, "6dcb09b5b57875f334f61aebed695e2e4193db5e", "readiness", "https://github.com/octo-org/hello-world/actions/runs/1");

        await statuses.SetAsync(state, new string('x', 300), CancellationToken.None);

        var sent = Assert.Single(_handler.Exchanges).RequestBody;
        Assert.Contains($"\"description\":\"{new string('x', 139)}\\u2026\"", sent, StringComparison.Ordinal);
        AssertAllAccepted();
    }

    [Fact]
    public async Task Reading_the_token_identity_and_a_pull_request_are_valid_requests()
    {
        using var client = Client();

        var user = await client.GetAuthenticatedUserAsync(CancellationToken.None);
        var pr = await client.GetPullRequestAsync(Repo, 42, CancellationToken.None);

        Assert.False(string.IsNullOrEmpty(user.Login));
        Assert.False(string.IsNullOrEmpty(pr.Head.Sha));
        AssertAllAccepted();
    }

    [Fact]
    public async Task The_sticky_comment_flow_makes_only_valid_requests()
    {
        using var client = Client();
        var review = new GitHubReviewSystem(client, new PublishTarget(Repo, "6dcb09b5b57875f334f61aebed695e2e4193db5e", 42, null), "readiness", new SecretScrubber(ActionScenario.Token));
        var sticky = new StickyComment(review, CommentMarker.For("readiness"));

        var comment = await sticky.PublishAsync($"{CommentMarker.For("readiness")}\nbody", CancellationToken.None);

        Assert.NotNull(comment.Url);
        Assert.Contains(_handler.Exchanges, e => e.Method == HttpMethod.Post);
        AssertAllAccepted();
    }

    [Fact]
    public async Task Prism_rejects_a_status_GitHub_would_reject_so_validation_is_really_on()
    {
        using var client = Client();

        var error = await Assert.ThrowsAsync<GitHubApiException>(() =>
            client.CreateCommitStatusAsync(Repo, "6dcb09b5b57875f334f61aebed695e2e4193db5e", new CommitStatusRequest("unknown", null, "x", "readiness"), CancellationToken.None));

        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, error.StatusCode);
        Assert.Contains("must be equal to one of the allowed values", _handler.Exchanges.Single().Body, StringComparison.Ordinal);
    }

    public void Dispose() => _handler.Dispose();

    private GitHubClient Client() => new(
        new GitHubClientOptions { ApiUrl = prism.BaseUrl, Token = ActionScenario.Token, Retry = new RetrySettings { RetryBaseDelay = TimeSpan.FromMilliseconds(5), MaxRetryAttempts = 1 } },
        _handler);

    private void AssertAllAccepted()
    {
        Assert.NotEmpty(_handler.Exchanges);
        Assert.All(_handler.Exchanges, e => Assert.True(e.Status is >= 200 and < 300, $"Prism rejected {e.Method} {e.PathAndQuery}: {e.Status} {e.Body}\n{prism.RecentLog()}"));
    }
}
