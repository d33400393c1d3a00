namespace ReadinessAction.Verification;

public enum ClaimStatus
{
    Verified,
    Contradicted,
    Unverifiable,
    Understated,
    Met,
    Unmet,
}
