namespace FakeGitHub;

public sealed record FakePullRequest(string Repository, int Number, string HeadSha, string BaseRef);
