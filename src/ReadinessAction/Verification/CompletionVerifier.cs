using ReadinessAction.Checklists;
using ReadinessAction.Claims;

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
            // "Total Checklist Items: 150+" counts items, it does not rate them.
            var holdsCount = Judgement.Satisfies(value, scope.Items.Count, 0, value.Value);
            return new Verdict(claim, Judgement.Holds(claim, holdsCount), $"{scope.Items.Count} items", $"{scope.Description} has {scope.Items.Count} task items");
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
}
