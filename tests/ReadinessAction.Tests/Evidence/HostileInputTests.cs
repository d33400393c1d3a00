using System.Text;

using ReadinessAction.Diagnostics;
using ReadinessAction.Evidence;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Evidence;

/// <summary>Broken, oddly encoded and foreign files: each gets a diagnostic naming it (and its line when there is one),
/// and every other artifact is still read.</summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    [Fact]
    public void Every_bad_file_gets_one_error_naming_it_and_the_good_files_are_read()
    {
        WriteGoodFiles();
        WriteBadFiles();

        var bundle = new EvidenceCollector().Collect(_workspace.Root, [], ["in/**"]);

        Assert.Equal(
            ["in/cp1252.xml", "in/good.xml", "in/latin1.xml", "in/utf16-bom.xml", "in/utf16-nobom.xml", "in/utf8-bom.xml"],
            bundle.Artifacts.Select(a => a.Path));
        Assert.Equal(6, bundle.Tests.Totals.Total);
        Assert.Equal("caf\u00e9", bundle.Artifacts.Single(a => a.Path == "in/latin1.xml").Tests!.Cases[0].Name);
        Assert.Equal("price \u20ac", bundle.Artifacts.Single(a => a.Path == "in/cp1252.xml").Tests!.Cases[0].Name);
        var errors = bundle.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToDictionary(d => d.Path!);
        Assert.Equal(
            ["in/binary.bin", "in/bom-only.xml", "in/empty.xml", "in/nul.xml", "in/package.json", "in/truncated.xml", "in/wrong-encoding.xml"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("malformed-xml", 3), (errors["in/nul.xml"].Code, errors["in/nul.xml"].Line));
        Assert.Equal(("malformed-xml", 3), (errors["in/wrong-encoding.xml"].Code, errors["in/wrong-encoding.xml"].Line));
        Assert.Equal(("malformed-xml", 3), (errors["in/truncated.xml"].Code, errors["in/truncated.xml"].Line));
        Assert.Equal("empty-file", errors["in/empty.xml"].Code);
        Assert.Equal("unsupported-format", errors["in/package.json"].Code);
        Assert.Contains("binary", errors["in/binary.bin"].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nul_bytes_in_the_corpus_file_are_reported_at_their_line()
    {
        var path = Path.Combine(Conformance.CorpusExpectations.CorpusRoot, "publish-unit-test-result-action", "nunit3-xml/nunit/nunit3/jenkins/NUnit-issue17521.xml");

        var read = ArtifactFixture.Read(File.ReadAllBytes(path), "NUnit-issue17521.xml");

        var error = Assert.Single(read.Diagnostics);
        Assert.Equal(("malformed-xml", "NUnit-issue17521.xml", 33), (error.Code, error.Path, error.Line));
    }

    public void Dispose() => _workspace.Dispose();

    private static byte[] Xml(Encoding encoding, string declared, string name, bool bom = false) =>
        [.. bom ? encoding.GetPreamble() : [], .. encoding.GetBytes($"<?xml version=\"1.0\" encoding=\"{declared}\"?>\n<testsuite name=\"s\">\n<testcase classname=\"C\" name=\"{name}\"/>\n</testsuite>\n")];

    private void WriteGoodFiles()
    {
        _workspace.Write("in/good.xml", Xml(Encoding.UTF8, "utf-8", "plain"));
        _workspace.Write("in/utf8-bom.xml", Xml(Encoding.UTF8, "utf-8", "bom", bom: true));
        _workspace.Write("in/utf16-bom.xml", Xml(Encoding.Unicode, "utf-16", "wide", bom: true));
        _workspace.Write("in/utf16-nobom.xml", Xml(Encoding.Unicode, "utf-16", "wide without bom"));
        _workspace.Write("in/latin1.xml", Xml(Encoding.Latin1, "ISO-8859-1", "caf\u00e9"));
        _workspace.Write("in/cp1252.xml", Xml(CodePages(1252), "windows-1252", "price \u20ac"));
    }

    private void WriteBadFiles()
    {
        var good = Encoding.UTF8.GetString(Xml(Encoding.UTF8, "utf-8", "x"));
        _workspace.Write("in/truncated.xml", good[..good.IndexOf("/>", StringComparison.Ordinal)]);
        _workspace.Write("in/nul.xml", good.Replace("name=\"x\"", "name=\"x\0y\"", StringComparison.Ordinal));
        _workspace.Write("in/wrong-encoding.xml", Xml(Encoding.Latin1, "utf-8", "caf\u00e9"));
        _workspace.Write("in/empty.xml", []);
        _workspace.Write("in/bom-only.xml", Encoding.UTF8.GetPreamble());
        _workspace.Write("in/package.json", """{ "name": "app", "version": "1.0.0" }""");
        _workspace.Write("in/binary.bin", [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]);
    }

    private static Encoding CodePages(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }
}
