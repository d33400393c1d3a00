using System.Net;
using System.Net.Http.Json;

using ReadinessAction.Hosts.Http;

namespace ReadinessAction.Hosts.AzurePipelines.Api;

/// <summary>Turns a refused request into a message that says what it means and how to fix it, in the message itself.</summary>
internal sealed class AzureDevOpsFailure : RestApiErrors
{
    public static readonly AzureDevOpsFailure Instance = new();

    public const string TokenAdvice =
        "Map the job's token into the step: 'env: SYSTEM_ACCESSTOKEN: $(System.AccessToken)' (or give input 'token' a personal access token).";

    public const string PermissionAdvice =
        "The build service identity ('<project> Build Service (<organization>)') needs 'Contribute to pull requests' on this repository "
        + "(Project settings > Repositories > <repository> > Security); a personal access token needs the Code (read & write) scope.";

    public override string ServiceName => "Azure DevOps";

    // Azure DevOps answers an unauthenticated request with its sign-in page and 203, not 401.
    public override bool Accepts(HttpResponseMessage response) =>
        base.Accepts(response) && response.StatusCode != HttpStatusCode.NonAuthoritativeInformation;

    public override Exception Failure(string message, HttpStatusCode? statusCode) => new AzureDevOpsApiException(message, statusCode);

    public override Exception Unreadable(string message, Exception cause) => new AzureDevOpsApiException(message, cause);

    public override async Task<Exception> RefusedAsync(HttpMethod method, Uri uri, HttpResponseMessage response, SecretScrubber scrubber, CancellationToken ct)
    {
        var message = await MessageAsync(response, ct).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        var text = $"Azure DevOps {method} {uri.AbsolutePath} answered {status} {response.ReasonPhrase}{(message is null ? "" : ": " + message)}";
        var badCredentials = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.NonAuthoritativeInformation;
        var missingPermission = !badCredentials
            && (response.StatusCode == HttpStatusCode.Forbidden || message?.Contains("TF401027", StringComparison.Ordinal) == true);
        var meaning = badCredentials
            ? $" (401/203: the token is missing, expired or not accepted here. {TokenAdvice})"
            : missingPermission
                ? $" (403/TF401027: the token's identity may not do this. {PermissionAdvice})"
                : "";
        return new AzureDevOpsApiException(scrubber.Scrub(text + meaning), response.StatusCode)
        {
            IsBadCredentials = badCredentials,
            IsMissingPermission = missingPermission,
            IsRateLimited = RetryPipeline.IsRateLimited(response),
        };
    }

    private static async Task<string?> MessageAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            return (await response.Content.ReadFromJsonAsync(AzureDevOpsJsonContext.Default.AzureDevOpsErrorBody, ct).ConfigureAwait(false))?.Message;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or NotSupportedException or InvalidOperationException)
        {
            // Not Azure DevOps' JSON error document (the sign-in page, a proxy's HTML): the status line says enough.
            return null;
        }
    }
}
