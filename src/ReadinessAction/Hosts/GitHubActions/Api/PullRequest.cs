namespace ReadinessAction.Hosts.GitHubActions.Api;

public sealed record PullRequest(int Number, string? State, PullRequestBranch Head, PullRequestBranch Base);
