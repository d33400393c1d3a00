using ReadinessAction.Checklists;
using ReadinessAction.Claims;

namespace ReadinessAction.Verification;

/// <summary>
/// A total against the parts the document lists for it: "550+ tests" vs 144 + 84 + 62 + 260+, "MCP Methods (56 Total)"
/// vs 8 + 4 + 8 + 9 + 8 + 14 + 5. Returns null when the document lists no parts for the claim.
/// </summary>
public static class SumVerifier
{
    public static Verdict? Verify(ChecklistDocument document, Claim claim, IReadOnlyList<Claim> documentClaims)
    {
        if (claim.Value is not { Shape: QuantityShape.Number } total)
        {
            return null;
        }

        return claim.Kind switch
        {
            ClaimKind.OtherMetric when claim.Subject is { } unit => VerifyUnitTotal(claim, total, unit),
            ClaimKind.TestCount => VerifyTestTotal(claim, total, documentClaims),
            _ => null,
        };
    }

    private static Verdict? VerifyUnitTotal(Claim claim, Quantity total, string unit)
    {
        var singular = unit.TrimEnd('s');
        var parts = claim.Section.AllItems()
            .SelectMany(i => QuantityTokenizer.Tokenize(i.Text, ClaimLimits.MaxQuantitiesPerSource).Where(q => q.Shape == QuantityShape.Number && q.UnitWord.TrimEnd('s') == singular).Take(1))
            .ToList();
        if (parts.Count < 2)
        {
            return null;
        }

        return Judge(claim, total, parts, $"the {unit} listed under “{claim.Section.Title}”");
    }

    private static Verdict? VerifyTestTotal(Claim claim, Quantity total, IReadOnlyList<Claim> documentClaims)
    {
        var groups = documentClaims
            .Where(c => c.Kind == ClaimKind.TestCount && c.Origin == ClaimOrigin.TaskItem && c.Value is not null)
            .GroupBy(c => c.Section)
            .Select(g => g.GroupBy(c => c.Line).Select(l => l.First()).ToList())
            .Where(g => g.Count >= 2 && !g.Contains(claim))
            .ToList();
        var matching = groups.FirstOrDefault(g => g.Sum(c => c.Value!.Value) == total.Value) ??
            (groups.Count == 1 && SaysTotal(claim) ? groups[0] : null);
        return matching is null ? null : Judge(claim, total, [.. matching.Select(c => c.Value!)], $"the test counts of “{matching[0].Section.Title}” (lines {matching[0].Line}-{matching[^1].Line})");
    }

    private static Verdict Judge(Claim claim, Quantity total, IReadOnlyList<Quantity> parts, string where)
    {
        var sum = parts.Sum(p => p.Value);
        var open = parts.Any(p => p.Comparison == Comparison.AtLeast);
        var sumText = Quantity.Format(sum) + (open ? "+" : "");
        var arithmetic = $"{string.Join(" + ", parts.Select(p => p.Raw))} = {sumText} ({where})";
        var holds = total.Comparison == Comparison.Exactly ? sum == total.Value : Judgement.Satisfies(total, sum, 0, total.Value);
        return new Verdict(claim, Judgement.Holds(claim, holds), sumText, arithmetic).RestingOn(VerdictBasis.Document);
    }

    private static bool SaysTotal(Claim claim) =>
        claim.Text.Contains("total", StringComparison.OrdinalIgnoreCase) || claim.Text.Contains("all", StringComparison.OrdinalIgnoreCase);
}
