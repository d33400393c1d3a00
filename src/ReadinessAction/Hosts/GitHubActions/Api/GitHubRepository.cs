using ReadinessAction.Diagnostics;

namespace ReadinessAction.Hosts.GitHubActions.Api;

/// <summary>An <c>owner/name</c> pair as GITHUB_REPOSITORY gives it.</summary>
public sealed record GitHubRepository(string Owner, string Name)
{
    public string FullName => $"{Owner}/{Name}";

    public static GitHubRepository Parse(string fullName)
    {
        var parts = fullName.Trim().Split('/');
        if (parts.Length != 2 || parts.Any(p => p.Length == 0))
        {
            throw new ReadinessUsageException($"'{fullName}' is not a repository name of the form owner/name");
        }

        return new GitHubRepository(parts[0], parts[1]);
    }

    public override string ToString() => FullName;
}
