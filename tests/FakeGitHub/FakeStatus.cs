namespace FakeGitHub;

public sealed record FakeStatus(long Id, string Repository, string Sha, string State, string? Description, string Context, string? TargetUrl, DateTimeOffset CreatedAt);
