namespace ReadinessAction.Hosts.AzurePipelines.Api;

public sealed record PullRequestIteration(int Id);
