namespace ReadinessAction.Hosts.AzurePipelines.Api;

/// <summary>The body of POST pullRequests/{id}/statuses; state is pending, succeeded, failed or error.</summary>
public sealed record PullRequestStatusRequest(string State, string Description, StatusContext Context, string? TargetUrl, int? IterationId);
