namespace ReadinessAction.Hosts.GitHubActions;

/// <summary>What the action needs from the event payload (GITHUB_EVENT_PATH).</summary>
public sealed record EventContext
{
    public static EventContext None { get; } = new();

    public string? EventName { get; init; }

    /// <summary>The pull request of a pull_request / pull_request_target event.</summary>
    public int? PullRequestNumber { get; init; }

    /// <summary>The pull request's head commit: where the status goes, not GITHUB_SHA (a merge commit).</summary>
    public string? HeadSha { get; init; }

    public string? BaseRef { get; init; }

    public string? HeadRepository { get; init; }

    public string? BaseRepository { get; init; }

    /// <summary>The head lives in another repository: GITHUB_TOKEN is read-only there.</summary>
    public bool IsFork { get; init; }

    /// <summary>workflow_run: the commit of the run that triggered this one (set by GitHub, not by the fork).</summary>
    public string? WorkflowRunHeadSha { get; init; }

    /// <summary>workflow_run: the pull request GitHub associated with the triggering run (empty for forks).</summary>
    public int? WorkflowRunPullRequest { get; init; }

    public bool IsPullRequest => EventName is "pull_request" or "pull_request_target" && PullRequestNumber is not null;
}
