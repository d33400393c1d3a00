namespace ReadinessAction.Hosts.GitHubActions.Api;

public sealed record IssueComment(long Id, string? Body, string? HtmlUrl, GitHubUser? User, DateTimeOffset CreatedAt);
