using ReadinessAction.Diagnostics;
using ReadinessAction.Evidence.Coverage;
using ReadinessAction.Evidence.Findings;
using ReadinessAction.Evidence.TestResults;

namespace ReadinessAction.Evidence;

/// <summary>
/// Everything read from a workspace's CI artifacts: each artifact, the merged test results and coverage, and the
/// problems met on the way (each failing file isolated as diagnostics naming it).
/// </summary>
/// <param name="UnmatchedGlobs">Globs (as given, prefixed by their option) that matched no file.</param>
public sealed record EvidenceBundle(
    IReadOnlyList<ArtifactEvidence> Artifacts,
    TestResultSet Tests,
    CoverageSet Coverage,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> UnmatchedGlobs)
{
    public bool HasTests => Artifacts.Any(a => a.Tests is not null);

    public bool HasCoverage => Artifacts.Any(a => a.Coverage is not null);

    /// <summary>Lint, static-analysis and vulnerability findings of every findings artifact.</summary>
    public FindingSet Findings { get; init; } = FindingSet.Empty;

    public bool HasFindings => Artifacts.Any(a => a.Findings is not null);
}
