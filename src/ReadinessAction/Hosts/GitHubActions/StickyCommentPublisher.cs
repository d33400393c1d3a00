using System.Net;

using ReadinessAction.Hosts.GitHubActions.Api;

namespace ReadinessAction.Hosts.GitHubActions;

/// <summary>
/// Keeps exactly one comment per pull request and status context, edited in place on every run.
/// </summary>
/// <remarks>
/// Our comment is one that carries the hidden marker and was written by the token's identity. GET /user tells that
/// identity for a personal token, but answers 403 for an installation token (GITHUB_TOKEN, GitHub Apps); then any
/// bot author counts, because a person cannot post as a bot and the marker names the status context. After our own
/// comment is created its author *is* our identity, which the duplicate check then uses. Two concurrent runs may
/// both create: each re-lists after creating, keeps the oldest, and deletes the rest, so one comment remains.
/// </remarks>
public sealed class StickyCommentPublisher(GitHubClient client, GitHubRepository repository, int pullRequest, string marker)
{
    public async Task<IssueComment> PublishAsync(string body, CancellationToken ct)
    {
        var identity = await IdentityAsync(ct).ConfigureAwait(false);
        var existing = Ours(await client.ListIssueCommentsAsync(repository, pullRequest, ct).ConfigureAwait(false), identity);
        if (existing.Count > 0)
        {
            var updated = await client.UpdateIssueCommentAsync(repository, existing[0].Id, body, ct).ConfigureAwait(false);
            await DeleteAsync(existing.Skip(1), ct).ConfigureAwait(false);
            return updated;
        }

        var created = await client.CreateIssueCommentAsync(repository, pullRequest, body, ct).ConfigureAwait(false);
        identity ??= created.User;
        var after = Ours(await client.ListIssueCommentsAsync(repository, pullRequest, ct).ConfigureAwait(false), identity);
        if (after.Count <= 1 || after[0].Id == created.Id)
        {
            await DeleteAsync(after.Skip(1), ct).ConfigureAwait(false);
            return created;
        }

        // A concurrent run created one first: keep that one, carrying this run's body, and drop ours.
        await DeleteAsync(after.Skip(1), ct).ConfigureAwait(false);
        return await client.UpdateIssueCommentAsync(repository, after[0].Id, body, ct).ConfigureAwait(false);
    }

    private async Task<GitHubUser?> IdentityAsync(CancellationToken ct)
    {
        try
        {
            return await client.GetAuthenticatedUserAsync(ct).ConfigureAwait(false);
        }
        catch (GitHubApiException e) when (e.IsPermissionDenied || e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private List<IssueComment> Ours(IEnumerable<IssueComment> comments, GitHubUser? identity) =>
    [
        .. comments
            .Where(c => c.Body?.Contains(marker, StringComparison.Ordinal) == true)
            .Where(c => c.User is { } author && (identity is null ? author.IsBot : author.Id == identity.Id))
            .OrderBy(c => c.CreatedAt)
            .ThenBy(c => c.Id),
    ];

    private async Task DeleteAsync(IEnumerable<IssueComment> extra, CancellationToken ct)
    {
        foreach (var comment in extra)
        {
            await client.DeleteIssueCommentAsync(repository, comment.Id, ct).ConfigureAwait(false);
        }
    }
}
