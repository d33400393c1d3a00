using System.Text.Json;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.Tests.Mocha;

/// <summary>
/// Mocha's built-in JSON reporter: <c>tests</c> lists every test, a non-empty <c>err</c> marks a failure, and
/// <c>pending</c> names the skipped ones. Mocha has no separate error state, so every failure counts as failed.
/// </summary>
public sealed class MochaReader : IArtifactReader
{
    public string Format => "mocha-json";

    public ArtifactKind Kind => ArtifactKind.Tests;

    public bool CanRead(ArtifactSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        return sniff.LooksLikeJson
            && sniff.Head.Contains("\"stats\"", StringComparison.Ordinal)
            && sniff.Head.Contains("\"passes\"", StringComparison.Ordinal)
            && sniff.Head.Contains("\"fullTitle\"", StringComparison.Ordinal);
    }

    public ArtifactEvidence? Read(Stream content, string path, DiagnosticBag diagnostics) =>
        JsonArtifact.Read(content, path, diagnostics, utf8 =>
        {
            var report = JsonSerializer.Deserialize(utf8, MochaJsonContext.Default.MochaReport);
            if (report?.Tests is not { } tests)
            {
                diagnostics.Error("not-mocha-json", "JSON without a tests list is not a mocha JSON report; file not used", path);
                return null;
            }

            var pending = new HashSet<string>((report.Pending ?? []).Select(p => p.FullTitle ?? ""), StringComparer.Ordinal);
            var pool = new StringPool();
            var cases = tests.Select(t => new TestCaseResult(
                pool.Share(t.File),
                "",
                t.FullTitle ?? t.Title ?? "",
                t.HasError ? TestOutcome.Failed : pending.Contains(t.FullTitle ?? "") ? TestOutcome.Skipped : TestOutcome.Passed,
                t.Duration / 1000.0,
                [])).ToList();
            return TestArtifact.Create(path, Format, cases, diagnostics);
        });
}
