namespace FakeGitHub;

public sealed record FakeComment(long Id, string Repository, int Issue, string Body, FakeUser User, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
