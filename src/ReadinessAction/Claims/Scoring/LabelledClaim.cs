namespace ReadinessAction.Claims.Scoring;

/// <summary>One row of a labelled corpus: a claim a person found on a line, with its kind and whether the line asserts it.</summary>
public sealed record LabelledClaim(string File, int Line, string Kind, bool Checked, string Value, string Text);
