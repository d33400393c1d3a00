namespace ReadinessAction.Hosts.GitHubActions.Api;

public sealed record CommentRequest(string Body);
