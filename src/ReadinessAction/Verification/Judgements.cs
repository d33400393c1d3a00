namespace ReadinessAction.Verification;

/// <summary>What verification decided: a verdict for every judged claim, and the claims waived instead of judged.</summary>
public sealed record Judgements(IReadOnlyList<Verdict> Verdicts, IReadOnlyList<WaivedClaim> Waived);
