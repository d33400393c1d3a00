using System.Net.Http.Headers;

namespace ReadinessAction.Tests.Hosts.GitHubActions;

/// <summary>
/// Sits between the real client and Prism, records every exchange, and bridges two gaps of a mock that are not
/// request errors: the description lists responses as application/json while GitHub documents
/// application/vnd.github+json (same documents), and Prism's canned Link header points to api.github.com/resource,
/// so a first page gets a next link to page 2 of the same list instead, and later pages get none. And some of
/// GitHub's recorded examples break GitHub's own response schemas (Prism then answers 500 with violations located
/// in "response", after the request passed): such a request is asked again for a response generated from the schema.
/// </summary>
internal sealed class PrismAdapterHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly List<(HttpMethod Method, string PathAndQuery, string RequestBody, int Status, string Body)> _exchanges = [];

    public IReadOnlyList<(HttpMethod Method, string PathAndQuery, string RequestBody, int Status, string Body)> Exchanges
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
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));
        var sent = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        if (OnlyResponseViolations(response))
        {
            response.Dispose();
            using var again = new HttpRequestMessage(request.Method, request.RequestUri);
            foreach (var header in request.Headers)
            {
                again.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            again.Headers.Add("Prefer", "dynamic=true");
            again.Content = request.Content is null ? null : new StringContent(sent, request.Content.Headers.ContentType);
            response = await base.SendAsync(again, cancellationToken);
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        lock (_exchanges)
        {
            _exchanges.Add((request.Method, request.RequestUri!.PathAndQuery, sent, (int)response.StatusCode, body));
        }

        if (response.Headers.Remove("Link") && !request.RequestUri.Query.Split('?', '&').Any(p => p.StartsWith("page=", StringComparison.Ordinal)))
        {
            response.Headers.Add("Link", $"<{request.RequestUri.GetLeftPart(UriPartial.Path)}{request.RequestUri.Query}&page=2>; rel=\"next\"");
        }

        return response;
    }

    private static bool OnlyResponseViolations(HttpResponseMessage response) =>
        (int)response.StatusCode == 500
        && response.Headers.TryGetValues("sl-violations", out var values)
        && System.Text.Json.JsonDocument.Parse(string.Concat(values)).RootElement.EnumerateArray()
            .All(v => v.GetProperty("location")[0].GetString() == "response");
}
