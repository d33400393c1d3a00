using System.Net;

namespace ReadinessAction.Hosts.Http;

/// <summary>What one REST API's failures look like: which answers count as success and the exception each failure becomes.</summary>
public abstract class RestApiErrors
{
    /// <summary>How messages name the service: "GitHub API", "Azure DevOps".</summary>
    public abstract string ServiceName { get; }

    public virtual bool Accepts(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.IsSuccessStatusCode;
    }

    /// <summary>A failure with an already scrubbed message; null status when no answer came.</summary>
    public abstract Exception Failure(string message, HttpStatusCode? statusCode);

    public abstract Exception Unreadable(string message, Exception cause);

    /// <summary>The exception for an answer <see cref="Accepts"/> refused; its message must be scrubbed.</summary>
    public abstract Task<Exception> RefusedAsync(HttpMethod method, Uri uri, HttpResponseMessage response, SecretScrubber scrubber, CancellationToken ct);
}
