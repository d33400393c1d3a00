using System.Text.Json;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.TestResults;

/// <summary>
/// A test-result format that is one JSON object: recognised by property names in its first bytes, deserialized as it
/// streams (source-generated types holding only what a test record needs), malformed JSON a diagnostic with its line.
/// </summary>
/// <param name="format">The format's name in evidence and messages, e.g. <c>rspec-json</c>.</param>
/// <param name="expected">What a file of this format must hold, for the message when it does not ("an examples list").</param>
/// <param name="markers">Quoted property names that must all appear in the head of the file, e.g. <c>"examples"</c>.</param>
public abstract class JsonTestReader(string format, string expected, params string[] markers) : IArtifactReader
{
    public string Format => format;

    public ArtifactKind Kind => ArtifactKind.Tests;

    protected IReadOnlyList<string> Markers => markers;

    public virtual bool CanRead(ArtifactSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        return sniff.LooksLikeJson && sniff.Head.TrimStart().StartsWith('{')
            && Markers.All(m => sniff.Head.Contains(m, StringComparison.Ordinal));
    }

    public ArtifactEvidence? Read(Stream content, string path, DiagnosticBag diagnostics) =>
        JsonArtifact.Read(content, path, diagnostics, utf8 =>
        {
            var unknown = new SortedSet<string>(StringComparer.Ordinal);
            var cases = ReadCases(utf8, new StringPool(), unknown);
            if (cases is null)
            {
                diagnostics.Error($"not-{Format}", $"JSON without {expected} is not a {Format} report; file not used", path);
                return null;
            }

            TestArtifact.WarnUnknownOutcomes(path, $"{Format} status(es)", unknown, diagnostics);
            return TestArtifact.Create(path, Format, cases, diagnostics);
        });

    /// <returns>The cases, or null when the JSON is not this format after all.</returns>
    /// <param name="unknown">Collects status texts the format does not define; such cases count as errors.</param>
    protected abstract IReadOnlyList<TestCaseResult>? ReadCases(Stream utf8, StringPool pool, ISet<string> unknown);

    /// <summary>Looks a status up; one the format does not define is collected and counts as an error.</summary>
    protected static TestOutcome Outcome(string? status, TestStatusTable known, ISet<string> unknown)
    {
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(unknown);
        if (known.TryGet(status, out var outcome))
        {
            return outcome;
        }

        unknown.Add(status ?? "(none)");
        return TestOutcome.Error;
    }
}
