using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

using Polly;

namespace ReadinessAction.Hosts.Http;

/// <summary>
/// Sends a REST request through the retry pipeline and turns every failure (no answer, a refusal, JSON we cannot
/// read) into the API's own exception, its message scrubbed of the secrets. Shared by the GitHub and Azure DevOps clients.
/// </summary>
public sealed class RetryingHttpSender : IDisposable
{
    private readonly HttpClient _http;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly RestApiErrors _errors;

    public RetryingHttpSender(RetrySettings retry, RestApiErrors errors, SecretScrubber scrubber, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(retry);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(scrubber);
        _errors = errors;
        Scrubber = scrubber;
        _pipeline = RetryPipeline.Build(retry);
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.Timeout = Timeout.InfiniteTimeSpan; // the pipeline times each attempt
    }

    public SecretScrubber Scrubber { get; }

    public HttpRequestHeaders DefaultRequestHeaders => _http.DefaultRequestHeaders;

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri uri, Func<HttpContent>? content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(uri);
        HttpResponseMessage response;
        try
        {
            response = await _pipeline.ExecuteAsync(
                async token =>
                {
                    // A request message can be sent once only: build a new one for every attempt.
                    using var request = new HttpRequestMessage(method, uri) { Content = content?.Invoke() };
                    return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, token).ConfigureAwait(false);
                },
                ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or Polly.Timeout.TimeoutRejectedException)
        {
            throw _errors.Failure(Scrubber.Scrub($"{method} {uri.AbsolutePath} failed: {e.Message}"), statusCode: null);
        }

        if (_errors.Accepts(response))
        {
            return response;
        }

        using (response)
        {
            throw await _errors.RefusedAsync(method, uri, response, Scrubber, ct).ConfigureAwait(false);
        }
    }

    public async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(response);
        try
        {
            return await response.Content.ReadFromJsonAsync(type, ct).ConfigureAwait(false)
                ?? throw _errors.Failure($"{_errors.ServiceName} {Path(response)} answered null", response.StatusCode);
        }
        catch (JsonException e)
        {
            throw Unreadable(response, e);
        }
    }

    /// <summary>The exception for an answer whose JSON we cannot read.</summary>
    public Exception Unreadable(HttpResponseMessage response, JsonException error)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(error);
        return _errors.Unreadable(Scrubber.Scrub($"{_errors.ServiceName} {Path(response)} answered JSON we cannot read: {error.Message}"), error);
    }

    public void Dispose() => _http.Dispose();

    private static string? Path(HttpResponseMessage response) => response.RequestMessage?.RequestUri?.AbsolutePath;
}
