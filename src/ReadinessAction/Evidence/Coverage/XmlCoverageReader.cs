using System.Xml;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.Coverage;

/// <summary>
/// The frame every XML coverage reader shares: one forward-only pass through <see cref="XmlArtifact"/> (safe
/// settings, broken input as an error with its line), then "no data" and summary checks.
/// </summary>
public abstract class XmlCoverageReader : IArtifactReader
{
    public abstract string Format { get; }

    public ArtifactKind Kind => ArtifactKind.Coverage;

    /// <summary>Said in the "no data" warning, e.g. "no &lt;line&gt; under any &lt;class&gt;".</summary>
    protected abstract string EmptyReason { get; }

    public abstract bool CanRead(ArtifactSniff sniff);

    public ArtifactEvidence? Read(Stream content, string path, DiagnosticBag diagnostics) =>
        XmlArtifact.Read(content, path, diagnostics, xml =>
        {
            var context = new CoverageReadContext(path, diagnostics);
            ReadDocument(xml, context);
            return context.Finish(Format, EmptyReason);
        });

    /// <summary>Reads the whole document forward, adding lines to <see cref="CoverageReadContext.Coverage"/>.</summary>
    /// <remarks>This loop and the methods it calls for every line are marked AggressiveOptimization: compiled once,
    /// fully optimized, at their first call, instead of running as ReadyToRun code (this loop would never leave
    /// it: a method entered once is not recompiled) until the tiering thread recompiles them, work a read of a
    /// large report pays for in its CPU time.</remarks>
    protected abstract void ReadDocument(XmlReader xml, CoverageReadContext context);
}
