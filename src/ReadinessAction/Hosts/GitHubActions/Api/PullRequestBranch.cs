namespace ReadinessAction.Hosts.GitHubActions.Api;

public sealed record PullRequestBranch(string Sha, string? Ref);
