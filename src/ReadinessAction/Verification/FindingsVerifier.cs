using ReadinessAction.Claims;
using ReadinessAction.Evidence;
using ReadinessAction.Evidence.Findings;

namespace ReadinessAction.Verification;

/// <summary>Lint, static-analysis and vulnerability claims against the findings reports (SARIF, ESLint, npm audit ...).</summary>
public static class FindingsVerifier
{
    /// <returns>Null when the claim is not about findings.</returns>
    public static Verdict? Verify(Claim claim, EvidenceBundle? evidence)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Kind != ClaimKind.OtherMetric || FindingsQuery.From(claim) is not { } query)
        {
            return null;
        }

        var artifacts = (evidence?.Artifacts ?? []).Where(a => a.Findings is { } set && Reports(a.Format, set, query)).ToList();
        if (artifacts.Count == 0)
        {
            var what = query.NamedTools ?? (query.Category == FindingCategory.Lint ? "a linter or static analysis" : "a vulnerability scan");
            return new Verdict(claim, ClaimStatus.Unverifiable, null, $"no findings report from {what} was given (--findings)");
        }

        var counted = artifacts.Sum(a => a.Findings!.Items.Count(query.Matches));
        var sentence = string.Join("; ", artifacts.Select(a => $"{string.Join(", ", a.Findings!.Tools)} in {a.Path}: {FindingSet.Describe(a.Findings.Items)}"));
        var holds = Judgement.Satisfies(query.Claimed, counted, 0, query.Claimed.Value);
        return new Verdict(claim, Judgement.Holds(claim, holds), $"{counted} {query.Describe()}", sentence).RestingOn(VerdictBasis.Evidence);
    }

    /// <summary>Does this report speak to the claim: the tool it names, or else a report of the claim's category?</summary>
    private static bool Reports(string format, FindingSet set, FindingsQuery query)
    {
        if (query.Tools.Count > 0)
        {
            return set.Tools.Any(t => query.Tools.Any(named => FindingsQuery.Names(t, named)));
        }

        if (set.Items.Count > 0)
        {
            return set.Items.Any(f => f.Category == query.Category);
        }

        // A clean report shows no category of its own; SARIF may be either.
        FindingCategory? category = format switch
        {
            "eslint-json" => FindingCategory.Lint,
            "npm-audit" or "dotnet-vulnerable" => FindingCategory.Vulnerability,
            _ => null,
        };
        return category is null || category == query.Category;
    }
}
