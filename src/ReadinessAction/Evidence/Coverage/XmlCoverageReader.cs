using System.Text;
using System.Xml;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.Coverage;

/// <summary>
/// The frame every XML coverage reader shares: one forward-only pass with safe settings, broken input turned
/// into an error diagnostic (with its line), and "no data" / summary checks at the end.
/// </summary>
public abstract class XmlCoverageReader : IArtifactReader
{
    public abstract string Format { get; }

    public ArtifactKind Kind => ArtifactKind.Coverage;

    /// <summary>Said in the "no data" warning, e.g. "no &lt;line&gt; under any &lt;class&gt;".</summary>
    protected abstract string EmptyReason { get; }

    public abstract bool CanRead(ArtifactSniff sniff);

    public ArtifactEvidence? Read(Stream content, string path, DiagnosticBag diagnostics)
    {
        var context = new CoverageReadContext(path, diagnostics);
        try
        {
            using var xml = XmlReader.Create(content, SafeXmlReaderSettings.Create());
            ReadDocument(xml, context);
        }
        catch (XmlException ex)
        {
            context.Error(CoverageDiagnosticCodes.Malformed, $"not readable as {Format} XML: {ex.Message}", ex.LineNumber > 0 ? ex.LineNumber : null);
            return null;
        }
        catch (DecoderFallbackException ex)
        {
            context.Error(CoverageDiagnosticCodes.Malformed, $"not readable as {Format} XML: bytes invalid in the declared encoding ({ex.Message})");
            return null;
        }
        catch (IOException ex)
        {
            context.Error(CoverageDiagnosticCodes.Malformed, $"could not be read: {ex.Message}");
            return null;
        }

        return context.Finish(Format, EmptyReason);
    }

    /// <summary>Reads the whole document forward, adding lines to <see cref="CoverageReadContext.Coverage"/>.</summary>
    protected abstract void ReadDocument(XmlReader xml, CoverageReadContext context);
}
