using ReadinessAction.Hosts.GitHubActions.Api;

namespace ReadinessAction.Hosts.GitHubActions;

/// <summary>
/// Posts the status and the comment of one run. A permission refusal (fork, read-only token) becomes one warning
/// and the run goes on; any other failure becomes an error annotation and marks the run as not fully published.
/// </summary>
public sealed class GitHubPublisher(GitHubClient client, PublishTarget target, string statusContext, WorkflowCommands commands)
{
    public const string ForkRecipe =
        "This is expected on pull requests from forks, where GITHUB_TOKEN is read-only, or when the workflow lacks "
        + "'permissions: { pull-requests: write, statuses: write }'. The report is in the job summary, the annotations "
        + "and the report file. To publish on fork pull requests, run this action with 'mode: report-only' in the "
        + "pull_request workflow, upload the report and its .github.json file as an artifact, and run 'mode: publish' "
        + "from a workflow_run workflow (README, 'Fork pull requests').";

    private bool _statusDenied;

    /// <summary>True when something other than a permission refusal kept a result from GitHub.</summary>
    public bool Failed { get; private set; }

    public async Task SetStatusAsync(CommitState state, string description, CancellationToken ct)
    {
        if (_statusDenied || target.Sha is null)
        {
            return;
        }

        var statuses = new CommitStatusPublisher(client, target.Repository, target.Sha, statusContext, target.RunUrl);
        await PublishAsync("set the commit status", () => statuses.SetAsync(state, description, ct), () => _statusDenied = true).ConfigureAwait(false);
    }

    /// <summary>The comment's URL, or null when it could not be posted.</summary>
    public async Task<string?> CommentAsync(string body, CancellationToken ct)
    {
        if (target.PullRequest is not { } number || !await IsTargetPullRequestAsync(number, ct).ConfigureAwait(false))
        {
            return null;
        }

        var sticky = new StickyCommentPublisher(client, target.Repository, number, Reporting.CommentMarker.For(statusContext));
        IssueComment? comment = null;
        await PublishAsync("comment on the pull request", async () => comment = await sticky.PublishAsync(body, ct).ConfigureAwait(false), () => { }).ConfigureAwait(false);
        return comment?.HtmlUrl;
    }

    // A number read from an artifact is only believed when GitHub says that pull request's head is our commit.
    private async Task<bool> IsTargetPullRequestAsync(int number, CancellationToken ct)
    {
        if (target.PullRequestIsTrusted)
        {
            return true;
        }

        var ok = false;
        await PublishAsync($"read pull request #{number}", async () =>
        {
            var pr = await client.GetPullRequestAsync(target.Repository, number, ct).ConfigureAwait(false);
            ok = string.Equals(pr.Head.Sha, target.Sha, StringComparison.OrdinalIgnoreCase);
        }, () => { }).ConfigureAwait(false);
        if (!ok)
        {
            commands.Warning($"Not commenting on pull request #{number}: its head is not {target.Sha}, the commit the report was made for.");
        }

        return ok;
    }

    private async Task PublishAsync(string what, Func<Task> call, Action onDenied)
    {
        try
        {
            await call().ConfigureAwait(false);
        }
        catch (GitHubApiException e) when (e.IsPermissionDenied)
        {
            onDenied();
            commands.Warning($"Could not {what}: {e.Message}. {ForkRecipe}", title: "Readiness results not published");
        }
        catch (GitHubApiException e)
        {
            Failed = true;
            commands.Error($"Could not {what}: {e.Message}", title: "Readiness results not published");
        }
    }
}
