using ReadinessAction.Checklists;
using ReadinessAction.Claims;
using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Verification;

/// <summary>completion_percent against the items it describes: "70% complete" vs 7 of 24 checked.</summary>
public static class CompletionVerifier
{
    public static Verdict Verify(ChecklistDocument document, Claim claim, double tolerancePoints) =>
        Decide(document, claim, tolerancePoints).RestingOn(VerdictBasis.Document);

    private static Verdict Decide(ChecklistDocument document, Claim claim, double tolerancePoints)
    {
        var scope = ItemScopeResolver.Resolve(document, claim);
        if (scope is null || claim.Value is not { } value)
        {
            return new Verdict(claim, ClaimStatus.Unverifiable, null, $"no section of the checklist matches “{claim.Subject}”");
        }

        if (scope.Items.Count == 0)
        {
            return new Verdict(claim, ClaimStatus.Unverifiable, null, $"{scope.Description} has no task items to count");
        }

        var counted = $"{scope.Checked} of {scope.Items.Count} task items are checked in {scope.Description}";
        if (value.Shape == QuantityShape.Number)
        {
            return CountVerdict(claim, value, scope);
        }

        var measured = $"{Judgement.Percent(scope.Percent)} ({scope.Checked}/{scope.Items.Count})";
        if (value.IsRatio && value.Denominator == scope.Items.Count)
        {
            return new Verdict(claim, Judgement.Holds(claim, (int)value.Value == scope.Checked), measured, counted);
        }

        var claimedPercent = value.AsPercent ?? value.Value;
        var holds = Judgement.Satisfies(value, scope.Percent, tolerancePoints, claimedPercent);
        var why = holds ? counted : $"{counted}: {Judgement.Percent(scope.Percent)}, not {value.Raw}";
        return new Verdict(claim, Judgement.Holds(claim, holds), measured, why);
    }

    /// <summary>
    /// A bare count counts what its key names: "passed_checks: 11" the checked items, "Remaining: 3" the unchecked
    /// ones, "Total Checklist Items: 150+" all of them.
    /// </summary>
    private static Verdict CountVerdict(Claim claim, Quantity value, ItemScope scope)
    {
        var key = KeyOf(claim.Text, value.Raw);
        var open = scope.Items.Count - scope.Checked;
        var (count, which) = LineTerms.Matches("count-open-keys", key) ? (open, " unchecked")
            : LineTerms.Matches("count-done-keys", key) ? (scope.Checked, " checked")
            : (scope.Items.Count, "");
        var ofAll = which.Length > 0 ? $" (of {scope.Items.Count})" : "";
        var holds = Judgement.Satisfies(value, count, 0, value.Value);
        return new Verdict(claim, Judgement.Holds(claim, holds), $"{count}{which} items", $"{scope.Description} has {count}{which} task items{ofAll}");
    }

    private static string KeyOf(string text, string raw) =>
        raw.Length > 0 && text.IndexOf(raw, StringComparison.Ordinal) is var at and > 0 ? text[..at] : text;
}
