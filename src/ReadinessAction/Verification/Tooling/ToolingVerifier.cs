using System.Text.RegularExpressions;

using ReadinessAction.Claims;
using ReadinessAction.Evidence;

namespace ReadinessAction.Verification.Tooling;

/// <summary>
/// "ESLint configured", "Dependabot enabled", "Husky hooks set up": the repository's files say whether the tool is
/// configured. Only claims that name one tool and say it is in place; a negated claim ("no Dockerfile yet") is left alone.
/// </summary>
public static partial class ToolingVerifier
{
    /// <returns>Null when the claim is not about a tool being configured.</returns>
    public static Verdict? Verify(Claim claim, RepositoryFacts facts)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(facts);
        if (claim.Kind != ClaimKind.OtherMetric || claim.Value is not null || !InPlace().IsMatch(claim.Text) || ToolingWords.Negated(claim.Text))
        {
            return null;
        }

        var named = ToolCatalog.All.Where(t => t.Words.IsMatch(claim.Text)).ToList();
        if (named.Count != 1)
        {
            return null;
        }

        var tool = named[0];
        var found = facts.Files.Where(f => tool.ConfigFiles.Any(g => g.IsMatch(f))).Order(StringComparer.Ordinal).ToList();
        var evidence = found.Count > 0
            ? $"{tool.Name} is configured: {string.Join(", ", found.Take(3))}{(found.Count > 3 ? $" and {found.Count - 3} more" : "")}"
            : $"no {tool.Name} configuration in the repository (looked for {string.Join(", ", tool.Globs)})";
        return new Verdict(claim, Judgement.Holds(claim, found.Count > 0), found.Count > 0 ? "configured" : "not configured", evidence).RestingOn(VerdictBasis.Repository);
    }

    [GeneratedRegex(@"\b(configured|enabled|set ?up|in place|added|installed|integrated|active|exists?|present|running|wired)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InPlace();
}
