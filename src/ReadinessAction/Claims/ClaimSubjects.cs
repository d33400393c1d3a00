namespace ReadinessAction.Claims;

/// <summary>Special values of <see cref="Claim.Subject"/>.</summary>
public static class ClaimSubjects
{
    /// <summary>The claim is about the whole checklist ("Status: READY FOR PRODUCTION").</summary>
    public const string WholeDocument = "(whole checklist)";
}
