using System.Text.Json;

namespace ReadinessAction.Evidence.TestResults.Ctrf;

/// <summary>
/// CTRF JSON (Common Test Report Format, ctrf.io). Deserialized as it streams into types that hold only what a test
/// record needs; messages, traces, output and attachments are skipped.
/// </summary>
public sealed class CtrfReader() : JsonTestReader("ctrf", "results.tests", "\"results\"")
{
    public override bool CanRead(ArtifactSniff sniff) =>
        base.CanRead(sniff)
        && (sniff.Head.Contains("\"CTRF\"", StringComparison.Ordinal) || sniff.Head.Contains("\"tool\"", StringComparison.Ordinal));

    protected override List<TestCaseResult>? ReadCases(Stream utf8, StringPool pool, ISet<string> unknown) =>
        JsonSerializer.Deserialize(utf8, CtrfJsonContext.Default.CtrfReport)?.Results?.Tests is { } tests
            ? [.. tests.Select(t => ToCase(t, pool))]
            : null;

    private static TestCaseResult ToCase(CtrfTest test, StringPool pool)
    {
        var suite = test.Suite is { Count: > 0 } parts ? string.Join(" > ", parts) : test.FilePath;
        var outcome = test.Status?.Trim().ToLowerInvariant() switch
        {
            "passed" => TestOutcome.Passed,
            "failed" => TestOutcome.Failed,
            "skipped" or "pending" => TestOutcome.Skipped,
            _ => Other(test.RawStatus),
        };
        return new TestCaseResult(
            pool.Share(suite),
            "",
            test.Name ?? "",
            outcome,
            test.Duration / 1000.0,
            test.Tags is { Count: > 0 } tags ? [.. tags.Select(pool.Share)] : []);
    }

    // "other" covers both jest's todo and Playwright's interrupted: the producer's raw status tells them apart.
    // A test that neither passed nor failed and did not break is counted as skipped, never as passed.
    private static TestOutcome Other(string? rawStatus) => rawStatus?.Trim().ToLowerInvariant() switch
    {
        "interrupted" or "timedout" or "timeout" or "crashed" or "error" or "errored" or "aborted" or "broken" => TestOutcome.Error,
        _ => TestOutcome.Skipped,
    };
}
