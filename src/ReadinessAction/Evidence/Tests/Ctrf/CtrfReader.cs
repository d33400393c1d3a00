using System.Text.Json;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.Tests.Ctrf;

/// <summary>
/// CTRF JSON (Common Test Report Format, ctrf.io). Deserialized as it streams into types that hold only what a test
/// record needs; messages, traces, output and attachments are skipped.
/// </summary>
public sealed class CtrfReader : IArtifactReader
{
    public string Format => "ctrf";

    public ArtifactKind Kind => ArtifactKind.Tests;

    public bool CanRead(ArtifactSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        var head = sniff.Head;
        return sniff.LooksLikeJson && head.TrimStart().StartsWith('{')
            && head.Contains("\"results\"", StringComparison.Ordinal)
            && (head.Contains("\"CTRF\"", StringComparison.Ordinal) || head.Contains("\"tool\"", StringComparison.Ordinal));
    }

    public ArtifactEvidence? Read(Stream content, string path, DiagnosticBag diagnostics) =>
        JsonArtifact.Read(content, path, diagnostics, utf8 =>
        {
            var report = JsonSerializer.Deserialize(utf8, CtrfJsonContext.Default.CtrfReport);
            if (report?.Results?.Tests is not { } tests)
            {
                diagnostics.Error("not-ctrf", "JSON without results.tests is not a CTRF report; file not used", path);
                return null;
            }

            var pool = new StringPool();
            var cases = tests.Select(t => ToCase(t, pool)).ToList();
            return TestArtifact.Create(path, Format, cases, diagnostics);
        });

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
