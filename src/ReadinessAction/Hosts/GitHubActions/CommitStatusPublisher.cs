using ReadinessAction.Hosts.GitHubActions.Api;
using ReadinessAction.Publishing;

namespace ReadinessAction.Hosts.GitHubActions;

/// <summary>Sets the commit status that branch protection can require (context = input status_context).</summary>
public sealed class CommitStatusPublisher(GitHubClient client, GitHubRepository repository, string sha, string context, string? targetUrl)
{
    public const int MaxDescriptionLength = 140;

    public Task<CommitStatus> SetAsync(StatusState state, string description, CancellationToken ct) =>
        client.CreateCommitStatusAsync(repository, sha, new CommitStatusRequest(Name(state), targetUrl, Shorten(description), context), ct);

    public static string Shorten(string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var flat = description.ReplaceLineEndings(" ").Trim();
        return flat.Length <= MaxDescriptionLength ? flat : string.Concat(flat.AsSpan(0, MaxDescriptionLength - 1), "…");
    }

    private static string Name(StatusState state) => state switch
    {
        StatusState.Pending => "pending",
        StatusState.Success => "success",
        StatusState.Failure => "failure",
        _ => "error",
    };
}
