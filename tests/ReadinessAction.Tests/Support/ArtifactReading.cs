using ReadinessAction.Diagnostics;
using ReadinessAction.Evidence;
using ReadinessAction.Evidence.TestResults;

namespace ReadinessAction.Tests.Support;

/// <summary>What reading one artifact the product's way produced: the reader chosen by content, the evidence, the diagnostics.</summary>
internal sealed record ArtifactReading(IArtifactReader? Reader, ArtifactEvidence? Evidence, IReadOnlyList<Diagnostic> Diagnostics)
{
    public TestResultSet Tests => Evidence?.Tests ?? throw new InvalidOperationException($"no test results were read: {string.Join("; ", Diagnostics)}");

    public TestTotals Totals => Tests.Totals;

    public TestCaseResult Case(string name) => Tests.Cases.Single(c => c.Name == name);
}
