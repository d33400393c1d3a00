using ReadinessAction.Claims;

namespace ReadinessAction.Verification;

/// <summary>The judgement of one claim: its status, what was measured, and the evidence in words a release manager reads.</summary>
public sealed record Verdict(Claim Claim, ClaimStatus Status, string? Measured, string Evidence)
{
    /// <summary>What the status rests on; <see cref="VerdictBasis.None"/> for an unverifiable claim.</summary>
    public VerdictBasis Basis { get; init; }

    /// <summary>This verdict, resting on <paramref name="basis"/> unless it is unverifiable (then on nothing).</summary>
    public Verdict RestingOn(VerdictBasis basis) => this with { Basis = Status == ClaimStatus.Unverifiable ? VerdictBasis.None : basis };
}
