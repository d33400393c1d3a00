namespace ReadinessAction.Tests.Evidence.Conformance;

/// <summary>A reviewed disagreement with a peer: what we assert instead, and why.</summary>
/// <param name="Reason">Why the peer's number or outcome is not ours.</param>
/// <param name="Outcome">ok, no_data, parse_error or unsupported; null keeps the row's own outcome.</param>
/// <param name="Numbers">Replacements for expected_* columns (hand-checked against the file).</param>
public sealed record CoveragePeerDeviation(string Reason, string? Outcome, IReadOnlyDictionary<string, long?> Numbers);
