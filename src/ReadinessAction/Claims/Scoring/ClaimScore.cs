namespace ReadinessAction.Claims.Scoring;

/// <summary>The recogniser measured on a labelled corpus: overall, per kind, and the rows it missed or invented.</summary>
public sealed record ClaimScore(
    KindScore Overall,
    IReadOnlyList<KindScore> Kinds,
    IReadOnlyList<LabelledClaim> Missed,
    IReadOnlyList<ScoredClaim> Invented,
    IReadOnlyList<(LabelledClaim Label, ScoredClaim Reported)> AssertedDisagreements,
    int Disputed);
