using ReadinessAction.Checklists;
using ReadinessAction.Claims;
using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Verification;

/// <summary>status_rollup against the items under it: a heading marked done whose items are not all checked is contradicted.</summary>
public static class RollupVerifier
{
    public static Verdict Verify(ChecklistDocument document, Claim claim) => Decide(document, claim).RestingOn(VerdictBasis.Document);

    private static Verdict Decide(ChecklistDocument document, Claim claim)
    {
        var scope = ItemScopeResolver.Resolve(document, claim);
        if (scope is null)
        {
            return new Verdict(claim, ClaimStatus.Unverifiable, null, $"no section of the checklist matches “{claim.Subject}”");
        }

        if (scope.Items.Count == 0)
        {
            return new Verdict(claim, ClaimStatus.Unverifiable, null, $"{scope.Description} has no task items to check it against");
        }

        var measured = $"{scope.Checked}/{scope.Items.Count} checked";
        var open = scope.Items.Where(i => !i.IsChecked).ToList();
        if (open.Count == 0)
        {
            return new Verdict(claim, Judgement.Holds(claim, true), measured, $"all {scope.Items.Count} task items of {scope.Description} are checked");
        }

        var first = open[0];
        var example = first.Text.Length > 60 ? first.Text[..57] + "..." : first.Text;
        var openItems = $"{open.Count} of {scope.Items.Count} task items of {scope.Description} are unchecked, e.g. line {first.Line} “{example}”";

        // "⚠️ CONDITIONAL GO" says work is open: open items agree with it, they do not contradict it.
        return LineTerms.Matches("verdict-qualifiers", claim.Text)
            ? new Verdict(claim, Judgement.Holds(claim, true), measured, $"a qualified verdict, and {openItems}")
            : new Verdict(claim, Judgement.Holds(claim, false), measured, openItems);
    }
}
