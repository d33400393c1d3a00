namespace FakeGitHub;

/// <summary>Who the token is. An installation token (the default, like GITHUB_TOKEN) gets 403 from GET /user.</summary>
public sealed record FakeIdentity(FakeUser User, bool IsInstallation)
{
    public static FakeIdentity Installation { get; } = new(FakeUser.ActionsBot, true);
}
