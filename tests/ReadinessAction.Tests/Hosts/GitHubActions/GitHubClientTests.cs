using System.Diagnostics;
using System.Globalization;
using System.Net;

using FakeGitHub;

using ReadinessAction.Hosts.GitHubActions.Api;
using ReadinessAction.Hosts.Http;

namespace ReadinessAction.Tests.Hosts.GitHubActions;

/// <summary>The REST client against the fake GitHub: pagination, headers, retries, rate limits, timeouts.</summary>
public sealed class GitHubClientTests
{
    private static readonly GitHubRepository Repo = new("o", "r");

    [Fact]
    public async Task Listing_follows_Link_headers_100_comments_a_page()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        for (var i = 0; i < 250; i++)
        {
            github.State.AddComment("o/r", 3, $"comment {i}", FakeUser.ActionsBot);
        }

        using var client = Client(github.BaseUrl);
        var comments = await client.ListIssueCommentsAsync(Repo, 3, CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 250).Select(i => $"comment {i}"), comments.Select(c => c.Body));
        Assert.Equal(["?per_page=100", "?per_page=100&page=2", "?per_page=100&page=3"], github.State.Snapshot().Requests.Select(r => r.Query));
    }

    [Fact]
    public async Task Every_request_carries_GitHubs_recommended_headers()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        using var client = Client(github.BaseUrl);

        await client.CreateCommitStatusAsync(Repo, "abc", new CommitStatusRequest("pending", null, "checking", "readiness"), CancellationToken.None);

        var request = Assert.Single(github.State.Snapshot().Requests);
        Assert.True(request.HasBearerToken);
        Assert.Equal("application/vnd.github+json", request.Headers["Accept"]);
        Assert.Equal("2022-11-28", request.Headers["X-GitHub-Api-Version"]);
        Assert.Equal("readiness-action", request.Headers["User-Agent"]);
        Assert.Equal("""{"state":"pending","description":"checking","context":"readiness"}""", request.Body);
    }

    [Fact]
    public async Task Primary_rate_limit_is_waited_out_until_the_reset_then_retried()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        var reset = DateTimeOffset.UtcNow.AddSeconds(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        github.State.AddFaults([new FakeFault("POST", "/statuses/", 403, 1, "API rate limit exceeded", new Dictionary<string, string> { ["x-ratelimit-remaining"] = "0", ["x-ratelimit-reset"] = reset })]);
        using var client = Client(github.BaseUrl);

        var watch = Stopwatch.StartNew();
        var status = await client.CreateCommitStatusAsync(Repo, "abc", new CommitStatusRequest("success", null, "ok", "readiness"), CancellationToken.None);

        Assert.Equal("success", status.State);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(900), $"waited only {watch.Elapsed}");
        Assert.Equal([403, 201], github.State.Snapshot().Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task Secondary_rate_limit_429_with_Retry_After_is_retried()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        github.State.AddFaults([new FakeFault("GET", "/comments", 429, 1, "You have exceeded a secondary rate limit", new Dictionary<string, string> { ["Retry-After"] = "1" })]);
        using var client = Client(github.BaseUrl);

        await client.ListIssueCommentsAsync(Repo, 3, CancellationToken.None);

        Assert.Equal([429, 200], github.State.Snapshot().Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task Rate_limit_resetting_later_than_the_longest_wait_fails_at_once_with_GitHubs_message()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        var reset = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        github.State.AddFaults([new FakeFault("GET", "/comments", 403, 5, "API rate limit exceeded", new Dictionary<string, string> { ["x-ratelimit-remaining"] = "0", ["x-ratelimit-reset"] = reset })]);
        using var client = Client(github.BaseUrl);

        var error = await Assert.ThrowsAsync<GitHubApiException>(() => client.ListIssueCommentsAsync(Repo, 3, CancellationToken.None));

        Assert.Equal("GitHub API GET /repos/o/r/issues/3/comments answered 403 Forbidden: API rate limit exceeded", error.Message);
        Assert.Single(github.State.Snapshot().Requests);
    }

    [Fact]
    public async Task Permission_refusal_is_not_retried_and_says_so()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        github.State.AddFaults([new FakeFault("POST", "/comments", 403, 5, "Resource not accessible by integration")]);
        using var client = Client(github.BaseUrl);

        var error = await Assert.ThrowsAsync<GitHubApiException>(() => client.CreateIssueCommentAsync(Repo, 3, "hello", CancellationToken.None));

        Assert.True(error.IsPermissionDenied);
        Assert.EndsWith("answered 403 Forbidden: Resource not accessible by integration", error.Message, StringComparison.Ordinal);
        Assert.Single(github.State.Snapshot().Requests);
    }

    [Fact]
    public async Task A_request_slower_than_the_timeout_is_abandoned_and_retried()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        github.State.AddFaults([new FakeFault("GET", "/user", 0, 1, DelayMilliseconds: 3000)]);
        github.State.Identity = new FakeIdentity(new FakeUser("octocat", 1, "User"), IsInstallation: false);
        using var client = Client(github.BaseUrl, timeout: TimeSpan.FromMilliseconds(300));

        var user = await client.GetAuthenticatedUserAsync(CancellationToken.None);

        Assert.Equal("octocat", user.Login);
    }

    [Fact]
    public async Task Deleting_a_comment_that_is_already_gone_reports_false()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        var comment = github.State.AddComment("o/r", 3, "x", FakeUser.ActionsBot);
        using var client = Client(github.BaseUrl);

        Assert.True(await client.DeleteIssueCommentAsync(Repo, comment.Id, CancellationToken.None));
        Assert.False(await client.DeleteIssueCommentAsync(Repo, comment.Id, CancellationToken.None));
    }

    [Fact]
    public async Task A_next_page_link_to_another_host_is_not_followed()
    {
        using var handler = new ForeignLinkHandler();
        using var client = new GitHubClient(new GitHubClientOptions { ApiUrl = new Uri("https://api.github.com"), Token = ActionScenario.Token }, handler);

        var error = await Assert.ThrowsAsync<GitHubApiException>(() => client.ListIssueCommentsAsync(Repo, 3, CancellationToken.None));

        Assert.Contains("evil.example", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, handler.Calls);
    }

    private static GitHubClient Client(Uri api, TimeSpan? timeout = null) => new(new GitHubClientOptions
    {
        ApiUrl = api,
        Token = ActionScenario.Token,
        Retry = new RetrySettings
        {
            RetryBaseDelay = TimeSpan.FromMilliseconds(5),
            MaxRetryDelay = TimeSpan.FromSeconds(5),
            RequestTimeout = timeout ?? TimeSpan.FromSeconds(10),
        },
    });

    private sealed class ForeignLinkHandler : HttpMessageHandler
    {
        public int Calls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("[]"), RequestMessage = request };
            response.Headers.Add("Link", "<https://evil.example/repos/o/r/issues/3/comments?page=2>; rel=\"next\"");
            return Task.FromResult(response);
        }
    }
}
