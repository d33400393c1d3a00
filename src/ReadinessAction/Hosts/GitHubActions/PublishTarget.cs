using ReadinessAction.Hosts.GitHubActions.Api;

namespace ReadinessAction.Hosts.GitHubActions;

/// <summary>Where results go: the commit that gets the status and, for pull requests, the issue that gets the comment.</summary>
/// <param name="PullRequestIsTrusted">False when the number came from an artifact a fork could have written.</param>
public sealed record PublishTarget(GitHubRepository Repository, string? Sha, int? PullRequest, string? RunUrl, bool PullRequestIsTrusted = true);
