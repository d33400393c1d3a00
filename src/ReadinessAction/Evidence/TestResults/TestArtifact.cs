using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.TestResults;

/// <summary>Wraps the cases a test-result reader found into evidence, saying so when the file held no test at all.</summary>
public static class TestArtifact
{
    public static ArtifactEvidence Create(string path, string format, IReadOnlyList<TestCaseResult> cases, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (cases.Count == 0)
        {
            diagnostics.Warning("no-test-cases", $"the {format} file lists no test case", path);
        }

        return new ArtifactEvidence(path, ArtifactKind.Tests, format, new TestResultSet(cases), null);
    }

    /// <summary>Warns once about the result texts a reader did not know and so counted as errors.</summary>
    /// <param name="what">What the texts are, e.g. "TRX outcome(s)".</param>
    public static void WarnUnknownOutcomes(string path, string what, IReadOnlyCollection<string> unknown, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(unknown);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (unknown.Count > 0)
        {
            diagnostics.Warning("unknown-outcome", $"unknown {what} {string.Join(", ", unknown.Select(u => $"'{u}'"))} counted as errors", path);
        }
    }
}
