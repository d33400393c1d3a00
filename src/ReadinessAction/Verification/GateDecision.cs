namespace ReadinessAction.Verification;

public sealed record GateDecision(bool Passes, string Reason, string? Branch, IReadOnlyCollection<ClaimStatus> FailOn);
