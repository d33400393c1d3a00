namespace ReadinessAction.Hosts.GitHubActions.Api;

public sealed record CommitStatus(long Id, string State, string? Description, string? Context, string? TargetUrl);
