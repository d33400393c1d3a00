using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence;

/// <summary>One reader per artifact format. Readers stream (XmlReader with DTDs prohibited) and report
/// content problems as diagnostics naming the file and line rather than throwing.</summary>
public interface IArtifactReader
{
    /// <summary>Short format name used in the report, e.g. "cobertura", "trx", "junit".</summary>
    string Format { get; }

    ArtifactKind Kind { get; }

    bool CanRead(ArtifactSniff sniff);

    /// <returns>The evidence read, or null when the file could not be used (a diagnostic says why).</returns>
    ArtifactEvidence? Read(Stream content, string path, DiagnosticBag diagnostics);
}
