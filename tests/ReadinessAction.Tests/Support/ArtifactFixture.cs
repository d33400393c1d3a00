using System.Text;

using ReadinessAction.Diagnostics;
using ReadinessAction.Evidence;

namespace ReadinessAction.Tests.Support;

/// <summary>Reads artifacts as the collector does: sniff the content, let the default registry choose, read.</summary>
internal static class ArtifactFixture
{
    private static readonly ArtifactReaderRegistry Registry = ArtifactReaderRegistry.CreateDefault();

    /// <summary>A fixture under Fixtures/Evidence/TestResults, by producer file name.</summary>
    public static ArtifactReading TestResults(string fileName) =>
        Read(File.ReadAllBytes(RepositoryPaths.Fixture("Evidence", "TestResults", fileName)), fileName);

    public static ArtifactReading Text(string content, string path = "artifact.xml") =>
        Read(Encoding.UTF8.GetBytes(content), path);

    public static ArtifactReading Read(byte[] content, string path)
    {
        using var stream = new MemoryStream(content, writable: false);
        var sniff = ArtifactSniffer.Sniff(stream, path);
        stream.Position = 0;
        var reader = Registry.Find(sniff);
        var diagnostics = new DiagnosticBag();
        var evidence = reader?.Read(stream, path, diagnostics);
        return new ArtifactReading(reader, evidence, diagnostics.Items);
    }
}
