namespace ReadinessAction.Hosts.GitHubActions.Api;

/// <summary>GitHub's error document: <c>{"message": "...", "documentation_url": "..."}</c>.</summary>
public sealed record ApiErrorBody(string? Message, string? DocumentationUrl);
