using ReadinessAction.Evidence.Coverage;
using ReadinessAction.Evidence.Tests;

namespace ReadinessAction.Evidence;

/// <summary>What one artifact file said: either test results or coverage, with the workspace-relative path as given.</summary>
public sealed record ArtifactEvidence(string Path, ArtifactKind Kind, string Format, TestResultSet? Tests, CoverageSet? Coverage);
