using System.Text;
using System.Text.Json;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.TestResults.GoTest;

/// <summary>
/// <c>go test -json</c> (test2json): one event per line. A test is what ends in pass, fail or skip; subtests
/// (<c>TestX/case</c>) are tests of their own, as gotestsum and test-reporter count them. A test that started and never
/// ended (a panic, a timeout) is an error; so is a package that failed with no failing test (a build failure).
/// A benchmark that passed has no event of its own in most Go versions, only its result line in the output: that line
/// is a passed test, as go-junit-report counts it.
/// </summary>
public sealed class GoTestReader : IArtifactReader
{
    private static readonly HashSet<string> KnownActions =
        ["start", "run", "pause", "cont", "pass", "bench", "fail", "output", "skip", "build-output", "build-fail"];

    private const string BenchmarkResultMark = " ns/op";

    public string Format => "go-test-json";

    public ArtifactKind Kind => ArtifactKind.Tests;

    public bool CanRead(ArtifactSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        if (!sniff.LooksLikeJson || !sniff.Head.Contains("\"Action\"", StringComparison.Ordinal))
        {
            return false;
        }

        var firstLine = sniff.Head.TrimStart().Split('\n', 2)[0];
        try
        {
            return JsonSerializer.Deserialize(firstLine, GoTestJsonContext.Default.GoTestEvent) is { Action: { } action }
                && KnownActions.Contains(action);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public ArtifactEvidence? Read(Stream content, string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var run = new GoTestRun();
        using var lines = new StreamReader(JsonArtifact.AsUtf8(content), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var lineNumber = 0;
        while (lines.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (!line.TrimStart().StartsWith('{'))
            {
                // go test -json passes through what the build printed before test2json took over (compiler errors).
                continue;
            }

            try
            {
                run.Apply(JsonSerializer.Deserialize(line, GoTestJsonContext.Default.GoTestEvent));
                if (line.Contains(BenchmarkResultMark, StringComparison.Ordinal))
                {
                    run.ApplyOutput(JsonSerializer.Deserialize(line, GoTestJsonContext.Default.GoTestOutput));
                }
            }
            catch (JsonException ex)
            {
                diagnostics.Error("malformed-json", $"line is not a test2json event, file not used: {JsonArtifact.WithoutPath(ex.Message)}", path, lineNumber);
                return null;
            }
        }

        return TestArtifact.Create(path, Format, run.Cases(), diagnostics);
    }
}
