using System.Text;
using System.Text.Json;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.TestResults.Dart;

/// <summary>
/// The Dart test runner's JSON reporter: one event per line (testStart, testDone, suite...). Hidden tests (the
/// runner's own "loading" entries) count only when they did not succeed; a test that never finished is an error.
/// </summary>
public sealed class DartReader : IArtifactReader
{
    public string Format => "dart-json";

    public ArtifactKind Kind => ArtifactKind.Tests;

    public bool CanRead(ArtifactSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        if (!sniff.LooksLikeJson)
        {
            return false;
        }

        var firstLine = sniff.Head.TrimStart().Split('\n', 2)[0];
        try
        {
            var start = JsonSerializer.Deserialize(firstLine, DartJsonContext.Default.DartEvent);
            return start is { Type: "start", ProtocolVersion: not null };
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public ArtifactEvidence? Read(Stream content, string path, DiagnosticBag diagnostics)
    {
        var tests = new Dictionary<long, DartTest>();
        var suites = new Dictionary<long, string>();
        var pool = new StringPool();
        using var lines = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var lineNumber = 0;
        while (lines.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            DartEvent? e;
            try
            {
                e = JsonSerializer.Deserialize(line, DartJsonContext.Default.DartEvent);
            }
            catch (JsonException ex)
            {
                diagnostics.Error("malformed-json", $"line is not a JSON event, file not used: {JsonArtifact.WithoutPath(ex.Message)}", path, lineNumber);
                return null;
            }

            Apply(e, tests, suites, pool);
        }

        var cases = tests.Values
            .Where(t => t.Hidden != true || t.Result != "success")
            .Select(t => t.ToCase(t.SuiteId is { } id ? suites.GetValueOrDefault(id, "") : ""))
            .ToList();
        return TestArtifact.Create(path, Format, cases, diagnostics);
    }

    private static void Apply(DartEvent? e, Dictionary<long, DartTest> tests, Dictionary<long, string> suites, StringPool pool)
    {
        switch (e?.Type)
        {
            case "suite" when e.Suite?.Id is { } suiteId:
                suites[suiteId] = pool.Share(e.Suite.Path);
                break;
            case "testStart" when e.Test?.Id is { } testId:
                tests[testId] = new DartTest(e.Test.Name ?? "", e.Test.SuiteId, e.Time);
                break;
            case "testDone" when e.TestId is { } doneId && tests.TryGetValue(doneId, out var test):
                test.Result = e.Result;
                test.Skipped = e.Skipped;
                test.Hidden = e.Hidden;
                test.EndMilliseconds = e.Time;
                break;
        }
    }
}
