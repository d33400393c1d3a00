using System.Text.Json;

namespace ReadinessAction.Evidence.TestResults.Mocha;

/// <summary>
/// Mocha's built-in JSON reporter: <c>tests</c> lists every test, a non-empty <c>err</c> marks a failure, and
/// <c>pending</c> names the skipped ones. Mocha has no separate error state, so every failure counts as failed.
/// </summary>
public sealed class MochaReader() : JsonTestReader("mocha-json", "a tests list", "\"stats\"", "\"passes\"", "\"fullTitle\"")
{
    protected override List<TestCaseResult>? ReadCases(Stream utf8, StringPool pool, ISet<string> unknown)
    {
        var report = JsonSerializer.Deserialize(utf8, MochaJsonContext.Default.MochaReport);
        if (report?.Tests is not { } tests)
        {
            return null;
        }

        var pending = new HashSet<string>((report.Pending ?? []).Select(p => p.FullTitle ?? ""), StringComparer.Ordinal);
        return [.. tests.Select(t => new TestCaseResult(
            pool.Share(t.File),
            "",
            t.FullTitle ?? t.Title ?? "",
            t.HasError ? TestOutcome.Failed : pending.Contains(t.FullTitle ?? "") ? TestOutcome.Skipped : TestOutcome.Passed,
            t.Duration / 1000.0,
            []))];
    }
}
