namespace ReadinessAction.Hosts.GitHubActions.Api;

/// <summary>State is one of pending, success, failure, error; Description at most 140 characters.</summary>
public sealed record CommitStatusRequest(string State, string? TargetUrl, string Description, string Context);
