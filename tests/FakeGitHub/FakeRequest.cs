namespace FakeGitHub;

/// <summary>One request as the fake saw it; headers exclude Authorization (HasBearerToken tells it was there).</summary>
public sealed record FakeRequest(string Method, string Path, string Query, int Status, bool HasBearerToken, IReadOnlyDictionary<string, string> Headers, string Body);
