using ReadinessAction.Checklists;
using ReadinessAction.Claims;

namespace ReadinessAction.Verification;

/// <summary>Is a claim waived: by a marker on its line, a marker under a heading above it, or an <c>ignore:</c> entry?</summary>
public static class ClaimWaivers
{
    /// <returns>Null when nothing waives the claim.</returns>
    public static WaivedClaim? For(ChecklistDocument document, Claim claim, IReadOnlyList<WaiverRule> rules)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(claim);

        // The most specific marker speaks: one on the line, else the innermost section's.
        var marker = document.Waivers.Where(m => m.Covers(claim.Line)).OrderByDescending(m => m.FromLine).FirstOrDefault();
        if (marker is not null)
        {
            return new WaivedClaim(claim, marker.Reason, $"{document.Path}:{marker.Line}");
        }

        var rule = rules.FirstOrDefault(r => r.Matches(claim));
        return rule is null ? null : new WaivedClaim(claim, rule.Reason, rule.Origin);
    }
}
