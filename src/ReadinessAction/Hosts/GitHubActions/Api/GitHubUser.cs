namespace ReadinessAction.Hosts.GitHubActions.Api;

/// <summary>The author of a comment, or the token's own identity (GET /user).</summary>
public sealed record GitHubUser(string Login, long Id, string? Type)
{
    public bool IsBot => string.Equals(Type, "Bot", StringComparison.OrdinalIgnoreCase);
}
