namespace ReadinessAction.Hosts.AzurePipelines.Api;

public sealed record PullRequestStatus(int Id, string? State);
