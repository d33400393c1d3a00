using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.Findings;

/// <summary>
/// A findings format that is one JSON document: recognised by property names in its first bytes, deserialized as it
/// streams, malformed JSON a diagnostic with its line. A report with no finding is a clean run.
/// </summary>
public abstract class JsonFindingsReader : IArtifactReader
{
    public abstract string Format { get; }

    public ArtifactKind Kind => ArtifactKind.Findings;

    /// <summary>Quoted property names that must all appear in the head of the file.</summary>
    protected abstract IReadOnlyList<string> Markers { get; }

    /// <summary>What a file of this format must hold, for the message when it does not ("runs").</summary>
    protected abstract string Expected { get; }

    public virtual bool CanRead(ArtifactSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        return sniff.LooksLikeJson && Markers.All(m => sniff.Head.Contains(m, StringComparison.Ordinal));
    }

    public ArtifactEvidence? Read(Stream content, string path, DiagnosticBag diagnostics) =>
        JsonArtifact.Read(content, path, diagnostics, utf8 =>
        {
            if (ReadFindings(utf8) is not { } read)
            {
                diagnostics.Error($"not-{Format}", $"JSON without {Expected} is not a {Format} report; file not used", path);
                return null;
            }

            return FindingsArtifact.Create(path, Format, read.Findings, read.Tools);
        });

    /// <returns>The findings and the tools that reported, or null when the JSON is not this format after all.</returns>
    protected abstract (IReadOnlyList<Finding> Findings, IReadOnlyList<string> Tools)? ReadFindings(Stream utf8);
}
