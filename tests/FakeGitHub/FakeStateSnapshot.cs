namespace FakeGitHub;

/// <summary>GET /_fake/state: comments per "owner/repo#issue", statuses per sha, and the request log.</summary>
public sealed record FakeStateSnapshot(
    IReadOnlyDictionary<string, IReadOnlyList<FakeComment>> Comments,
    IReadOnlyDictionary<string, IReadOnlyList<FakeStatus>> Statuses,
    IReadOnlyList<FakeRequest> Requests);
