namespace ReadinessAction.Hosts.AzurePipelines;

/// <summary>Where results go in Azure Repos: the pull request (none on a branch build), its web URL base and the build's page.</summary>
public sealed record AzurePullRequest(int? PullRequestId, string? RepositoryUrl, string? RunUrl);
