using ReadinessAction.Evidence.Coverage;
using ReadinessAction.Evidence.Findings;
using ReadinessAction.Evidence.TestResults;

namespace ReadinessAction.Evidence;

/// <summary>What one artifact file said: test results, coverage or findings, with the workspace-relative path as given.</summary>
public sealed record ArtifactEvidence(string Path, ArtifactKind Kind, string Format, TestResultSet? Tests, CoverageSet? Coverage)
{
    public FindingSet? Findings { get; init; }
}
