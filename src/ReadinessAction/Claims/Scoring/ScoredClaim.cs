namespace ReadinessAction.Claims.Scoring;

/// <summary>A claim the recogniser reported, reduced to what the score compares: where, which kind, asserted or not.</summary>
public sealed record ScoredClaim(string File, int Line, string Kind, bool Asserted, string Text);
