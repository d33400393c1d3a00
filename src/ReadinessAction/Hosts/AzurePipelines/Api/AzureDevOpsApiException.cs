using System.Net;

namespace ReadinessAction.Hosts.AzurePipelines.Api;

/// <summary>Azure DevOps answered with an error after the retries; the message names the request and says what it means, without the token.</summary>
public sealed class AzureDevOpsApiException : Exception
{
    public AzureDevOpsApiException(string message, HttpStatusCode? statusCode)
        : base(message)
    {
        StatusCode = statusCode;
    }

    public AzureDevOpsApiException()
    {
    }

    public AzureDevOpsApiException(string message)
        : base(message)
    {
    }

    public AzureDevOpsApiException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Null when no answer came (timeout, connection refused).</summary>
    public HttpStatusCode? StatusCode { get; }

    public bool IsRateLimited { get; init; }

    /// <summary>The token was refused (401, or the sign-in page Azure DevOps answers to anonymous requests with 203).</summary>
    public bool IsBadCredentials { get; init; }

    /// <summary>The token's identity lacks a permission (403, TF401027).</summary>
    public bool IsMissingPermission { get; init; }
}
