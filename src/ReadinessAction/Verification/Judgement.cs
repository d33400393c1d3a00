using ReadinessAction.Claims;

namespace ReadinessAction.Verification;

/// <summary>Turns "does the measured value satisfy the claim" into a status, for claims and requirements alike.</summary>
public static class Judgement
{
    /// <summary>Verified/contradicted for an asserted claim, met/unmet for a requirement.</summary>
    public static ClaimStatus Holds(Claim claim, bool holds) => (claim.Asserted, holds) switch
    {
        (true, true) => ClaimStatus.Verified,
        (true, false) => ClaimStatus.Contradicted,
        (false, true) => ClaimStatus.Met,
        (false, false) => ClaimStatus.Unmet,
    };

    /// <summary>Does <paramref name="measured"/> satisfy the quantity as written, within a tolerance for exact values?</summary>
    public static bool Satisfies(Quantity claimed, double measured, double tolerance, double claimedValue)
    {
        return claimed.Comparison switch
        {
            Comparison.AtLeast => measured >= claimedValue - 1e-9,
            Comparison.GreaterThan => measured > claimedValue,
            Comparison.AtMost => measured <= claimedValue + 1e-9,
            Comparison.LessThan => measured < claimedValue,
            Comparison.Between => measured >= claimedValue - tolerance && measured <= (claimed.Upper ?? claimedValue) + tolerance,
            _ => Math.Abs(measured - claimedValue) <= tolerance,
        };
    }

    /// <summary>For an exact claim: is the evidence better than claimed by more than the tolerance?</summary>
    public static bool IsUnderstated(Quantity claimed, double measured, double tolerance, double claimedValue) =>
        claimed.Comparison is Comparison.Exactly or Comparison.Between &&
        measured > (claimed.Comparison == Comparison.Between ? claimed.Upper ?? claimedValue : claimedValue) + tolerance;

    public static string Percent(double value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
