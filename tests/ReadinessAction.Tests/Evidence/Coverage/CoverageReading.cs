using System.Text;

using ReadinessAction.Diagnostics;
using ReadinessAction.Evidence;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Evidence.Coverage;

/// <summary>Reads artifacts the way the product does: sniff the content, let the registry pick the reader, read.</summary>
internal static class CoverageReading
{
    public static string FixturePath(string name) => RepositoryPaths.Fixture("Evidence", "Coverage", name);

    public static CoverageReadResult Fixture(string name) => Bytes(File.ReadAllBytes(FixturePath(name)), name);

    public static CoverageReadResult Text(string content, string path = "artifact") => Bytes(Encoding.UTF8.GetBytes(content), path);

    public static CoverageReadResult Bytes(byte[] content, string path = "artifact")
    {
        var sniff = ArtifactSniffer.Sniff(new MemoryStream(content, writable: false), path);
        var reader = ArtifactReaderRegistry.CreateDefault().Find(sniff, ArtifactKind.Coverage);
        return reader is null ? new CoverageReadResult(null, null, []) : With(reader, content, path);
    }

    /// <summary>Reads with a given reader, skipping detection (as the collector would for a file it already sniffed).</summary>
    public static CoverageReadResult With(IArtifactReader reader, byte[] content, string path = "artifact") =>
        With(reader, new MemoryStream(content, writable: false), path);

    public static CoverageReadResult With(IArtifactReader reader, Stream content, string path = "artifact")
    {
        var diagnostics = new DiagnosticBag();
        var evidence = reader.Read(content, path, diagnostics);
        return new CoverageReadResult(reader, evidence, diagnostics.Items);
    }
}
