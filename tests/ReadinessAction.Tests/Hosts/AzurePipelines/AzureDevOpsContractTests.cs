using ReadinessAction.Hosts.AzurePipelines;
using ReadinessAction.Hosts.AzurePipelines.Api;
using ReadinessAction.Hosts.GitHubActions.Api;
using ReadinessAction.Hosts.Http;
using ReadinessAction.Publishing;
using ReadinessAction.Reporting;
using ReadinessAction.Tests.Hosts.GitHubActions;

namespace ReadinessAction.Tests.Hosts.AzurePipelines;

/// <summary>
/// Every Git API request the Azure client makes, checked by Prism against Microsoft's description of it: Prism answers
/// 4xx (422) to a request the description does not allow, and the client throws on 4xx, so a passing test means the
/// description accepts what we send. (GET _apis/connectionData is not in the Git area and is covered by the fake.)
/// </summary>
[Collection(AzurePrismTestGroup.Name)]
public sealed class AzureDevOpsContractTests(AzurePrismServer prism) : IDisposable
{
    private const int PullRequest = 17;
    private readonly RecordingHandler _handler = new();

    [Fact]
    public async Task Listing_creating_and_editing_a_thread_are_valid_requests()
    {
        using var client = Client();
        var body = $"{CommentMarker.For("readiness")}\n## Readiness: fail\n\n| a | b |\n|---|---|\n| 1 | 2 |";
        var review = new AzureReviewSystem(client, new AzurePullRequest(PullRequest, "https://dev.azure.com/fabrikam/Fiber/_git/web", null), "readiness", new SecretScrubber("t0ken"));

        await review.ListCommentsAsync(CancellationToken.None);
        var created = await review.CreateCommentAsync(body, CancellationToken.None);
        await review.EditCommentAsync(created.Id, body + "\nedited", CancellationToken.None);
        await review.DeleteCommentAsync(created.Id, CancellationToken.None);

        Assert.Equal(["GET", "POST", "PATCH", "DELETE"], _handler.Exchanges.Select(e => e.Method));
        AssertAllAccepted();
    }

    public static TheoryData<StatusState> States => new(Enum.GetValues<StatusState>());

    [Theory]
    [MemberData(nameof(States))]
    public async Task Every_final_and_pending_state_is_a_valid_pull_request_status_on_the_latest_iteration(StatusState state)
    {
        using var client = Client();
        var review = new AzureReviewSystem(client, new AzurePullRequest(PullRequest, null, "https://dev.azure.com/fabrikam/Fiber/_build/results?buildId=812"), "readiness", new SecretScrubber("t0ken"));
        await review.CreateCommentAsync("body", CancellationToken.None);

        await review.SetStatusAsync(state, new string('x', 300), CancellationToken.None);
        if (state != StatusState.Pending)
        {
            await review.ResolveCommentAsync(state == StatusState.Success, CancellationToken.None);
        }

        var paths = _handler.Exchanges.Select(e => e.Method + " " + e.Path.Split('?')[0].Split("/pullRequests/")[1]).ToList();
        Assert.Equal(state == StatusState.Pending ? ["POST 17/threads", "GET 17/iterations", "POST 17/statuses"] : ["POST 17/threads", "GET 17/iterations", "POST 17/statuses", "PATCH 17/threads/" + paths[^1].Split('/')[^1]], paths);
        AssertAllAccepted();
    }

    [Fact]
    public async Task Prism_rejects_a_request_without_api_version_so_validation_is_really_on()
    {
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(prism.BaseUrl, "/fabrikam/Fiber/_apis/git/repositories/web/pullRequests/17/threads"));

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{(int)response.StatusCode}");
    }

    public void Dispose() => _handler.Dispose();

    private AzureDevOpsClient Client() => new(
        new AzureDevOpsClientOptions
        {
            CollectionUri = new Uri(prism.BaseUrl, "/fabrikam/"),
            Project = "Fiber",
            RepositoryId = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
            Token = FakeAzureDevOpsServer.Token,
            Retry = new RetrySettings { MaxRetryAttempts = 1, RetryBaseDelay = TimeSpan.FromMilliseconds(5) },
        },
        _handler);

    private void AssertAllAccepted() =>
        Assert.All(_handler.Exchanges, e => Assert.True(e.Status is >= 200 and < 300, $"{e.Method} {e.Path} answered {e.Status}: {e.Body}\n{prism.RecentLog()}"));

    private sealed class RecordingHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        private readonly List<(string Method, string Path, int Status, string Body)> _exchanges = [];

        public IReadOnlyList<(string Method, string Path, int Status, string Body)> Exchanges
        {
            get
            {
                lock (_exchanges)
                {
                    return [.. _exchanges];
                }
            }
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            lock (_exchanges)
            {
                _exchanges.Add((request.Method.Method, request.RequestUri!.PathAndQuery, (int)response.StatusCode, body));
            }

            return response;
        }
    }
}
