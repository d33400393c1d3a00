using ReadinessAction.Claims;

namespace ReadinessAction.Verification;

/// <summary>The judgement of one claim: its status, what was measured, and the evidence in words a release manager reads.</summary>
public sealed record Verdict(Claim Claim, ClaimStatus Status, string? Measured, string Evidence);
