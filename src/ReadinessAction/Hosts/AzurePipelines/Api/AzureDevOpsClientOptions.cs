using ReadinessAction.Hosts.Http;

namespace ReadinessAction.Hosts.AzurePipelines.Api;

/// <summary>Where and how the client talks to Azure DevOps. Retry delays are settable so tests don't sleep.</summary>
public sealed record AzureDevOpsClientOptions
{
    public const string ApiVersion = "7.1";

    /// <summary>SYSTEM_COLLECTIONURI: https://dev.azure.com/ORG/ or an Azure DevOps Server collection.</summary>
    public required Uri CollectionUri { get; init; }

    public required string Project { get; init; }

    /// <summary>BUILD_REPOSITORY_ID, the repository's GUID.</summary>
    public required string RepositoryId { get; init; }

    /// <summary>System.AccessToken (sent as a bearer token) or a personal access token (sent as Basic credentials).</summary>
    public required string Token { get; init; }

    public string UserAgent { get; init; } = "readiness-action";

    public RetrySettings Retry { get; init; } = new();
}
