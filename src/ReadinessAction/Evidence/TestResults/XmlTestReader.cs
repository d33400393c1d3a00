using System.Xml;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.TestResults;

/// <summary>
/// A test-result format that is XML: recognised by its root element, read as one forward pass of a safe
/// <see cref="XmlReader"/> (<see cref="XmlArtifact"/>: no DTD, malformed XML a diagnostic with its line).
/// </summary>
/// <param name="format">The format's name in evidence and messages, e.g. <c>trx</c>.</param>
/// <param name="roots">The root element names of this format, e.g. <c>TestRun</c>.</param>
public abstract class XmlTestReader(string format, params string[] roots) : IArtifactReader
{
    private readonly HashSet<string> _roots = new(roots, StringComparer.Ordinal);

    public string Format => format;

    public ArtifactKind Kind => ArtifactKind.Tests;

    public bool CanRead(ArtifactSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        return sniff.XmlRoot is { } root && _roots.Contains(root);
    }

    public ArtifactEvidence? Read(Stream content, string path, DiagnosticBag diagnostics) =>
        XmlArtifact.Read(content, path, diagnostics, xml => TestArtifact.Create(path, Format, ReadCases(xml, path, diagnostics), diagnostics));

    /// <param name="diagnostics">For warnings about the content (unknown outcomes); malformed XML is handled by the caller.</param>
    protected abstract IReadOnlyList<TestCaseResult> ReadCases(XmlReader xml, string path, DiagnosticBag diagnostics);
}
