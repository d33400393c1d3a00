namespace FakeGitHub;

public sealed record FakeUser(string Login, long Id, string Type)
{
    /// <summary>The author GitHub shows for GITHUB_TOKEN, an installation token.</summary>
    public static FakeUser ActionsBot { get; } = new("github-actions[bot]", 41898282, "Bot");
}
