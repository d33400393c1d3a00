using ReadinessAction.Diagnostics;
using ReadinessAction.Hosts.GitHubActions.Api;

namespace ReadinessAction.Hosts.GitHubActions;

/// <summary>
/// Decides the commit and pull request to publish to. Pull requests: the head SHA from the payload, not GITHUB_SHA
/// (a merge commit nobody sees). Publish mode: inputs, then the workflow_run payload (GitHub's word), then the
/// context file beside the report (an artifact, which a fork could have forged, so it may not contradict GitHub).
/// </summary>
public static class PublishTargetResolver
{
    public static PublishTarget Resolve(ActionInputs inputs, GitHubEnvironment environment, EventContext context, PublishContext? saved)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(context);
        var repository = environment.ParsedRepository
            ?? throw new ReadinessUsageException("GITHUB_REPOSITORY is not set: the action must run inside GitHub Actions (or use mode: report-only)");

        if (inputs.Mode != ActionMode.Publish)
        {
            return context.IsPullRequest
                ? new PublishTarget(repository, inputs.HeadSha ?? context.HeadSha ?? environment.Sha, inputs.PullRequest ?? context.PullRequestNumber, environment.RunUrl)
                : new PublishTarget(repository, inputs.HeadSha ?? environment.Sha, inputs.PullRequest, environment.RunUrl);
        }

        if (saved?.Repository is { } savedRepository && !string.Equals(savedRepository, repository.FullName, StringComparison.OrdinalIgnoreCase))
        {
            throw new ReadinessUsageException($"the report was made for {savedRepository}, not {repository.FullName}");
        }

        var trustedSha = context.WorkflowRunHeadSha ?? (context.IsPullRequest ? context.HeadSha : null);
        if (trustedSha is not null && saved?.HeadSha is { } savedSha && !string.Equals(trustedSha, savedSha, StringComparison.OrdinalIgnoreCase))
        {
            throw new ReadinessUsageException($"the report was made for commit {savedSha}, but the triggering run is for {trustedSha}");
        }

        var sha = inputs.HeadSha ?? trustedSha ?? saved?.HeadSha
            ?? throw new ReadinessUsageException("mode publish needs the commit: run it from workflow_run, or give input head_sha, or keep the .github.json file beside the report");
        var trustedPr = inputs.PullRequest ?? context.WorkflowRunPullRequest ?? (context.IsPullRequest ? context.PullRequestNumber : null);
        return new PublishTarget(repository, sha, trustedPr ?? saved?.PullRequest, saved?.RunUrl ?? environment.RunUrl, trustedPr is not null || saved?.PullRequest is null);
    }
}
