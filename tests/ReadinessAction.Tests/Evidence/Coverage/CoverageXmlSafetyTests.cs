using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

using ReadinessAction.Diagnostics;
using ReadinessAction.Evidence;

namespace ReadinessAction.Tests.Evidence.Coverage;

/// <summary>XXE and DTD probes against every XML coverage format: refused, and nothing on disk or network is touched.</summary>
public sealed class CoverageXmlSafetyTests : IDisposable
{
    private const string Secret = "TOP-SECRET-MARKER-7f3a";
    private const string CoberturaDoctype = """<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">""";
    private const string JaCoCoDoctype = """<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"[]>""";

    private readonly string _secretFile = Path.Combine(Path.GetTempPath(), $"xxe-{Guid.NewGuid():N}.txt");
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public CoverageXmlSafetyTests()
    {
        File.WriteAllText(_secretFile, Secret);
        _listener.Start();
    }

    /// <summary>One document per XML format; {1} is where an entity reference goes.</summary>
    private static readonly string[] Documents =
    [
        """<coverage line-rate="1"><sources><source>{1}</source></sources><packages><package name="p"><classes><class name="C" filename="a.cs"><lines><line number="1" hits="1"/></lines></class></classes></package></packages></coverage>""",
        """<report name="r"><sessioninfo id="a" start="1" dump="2"/><package name="{1}"><sourcefile name="A.java"><line nr="1" mi="0" ci="1" mb="0" cb="0"/></sourcefile></package></report>""",
        """<CoverageSession><Modules><Module hash="x"><Files><File uid="1" fullPath="{1}"/></Files><Classes><Class><Methods><Method><FileRef uid="1"/><SequencePoints><SequencePoint vc="1" offset="0" sl="1" el="1"/></SequencePoints></Method></Methods></Class></Classes></Module></Modules></CoverageSession>""",
        """<coverage generated="1" clover="4.4.1"><project name="{1}"><file name="A.java"><line num="1" count="1" type="stmt"/></file></project></coverage>""",
    ];

    public static TheoryData<string> Roots => [.. Documents];

    private string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    [Theory]
    [MemberData(nameof(Roots))]
    public void External_entity_to_a_local_file_is_refused_without_reading_it(string root)
    {
        AssertRefused(Read($"""<!DOCTYPE r [<!ENTITY xxe SYSTEM "file://{_secretFile}">]>""", root, "&xxe;"));
    }

    [Theory]
    [MemberData(nameof(Roots))]
    public void Entities_and_dtds_over_http_are_refused_without_any_connection(string root)
    {
        AssertRefused(Read($"""<!DOCTYPE r [<!ENTITY % p SYSTEM "{Url}/p.dtd"> %p; <!ENTITY xxe SYSTEM "{Url}/x">]>""", root, "&xxe;"));
        AssertRefused(Read($"""<!DOCTYPE coverage SYSTEM "{Url}/coverage-04.dtd">""", root, "name"));
        AssertRefused(Read($"""<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "{Url}/report.dtd">""", root, "name"));
        Assert.False(_listener.Pending(), "a reader connected to the probe server");
    }

    [Theory]
    [MemberData(nameof(Roots))]
    public void Entity_expansion_bomb_is_refused_at_once(string root)
    {
        var entities = string.Concat(Enumerable.Range(1, 9).Select(i => $"""<!ENTITY lol{i} "{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}">"""));
        var clock = Stopwatch.StartNew();

        AssertRefused(Read($"""<!DOCTYPE r [<!ENTITY lol0 "lol">{entities}]>""", root, "&lol9;"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData(CoberturaDoctype)]
    [InlineData(JaCoCoDoctype)]
    public void Standard_doctype_that_declares_entities_is_refused(string doctype)
    {
        var withSubset = doctype.Replace("[]>", ">", StringComparison.Ordinal).Replace(">", $""" [<!ENTITY xxe SYSTEM "file://{_secretFile}">]>""", StringComparison.Ordinal);

        AssertRefused(Read(withSubset, Documents[0], "&xxe;"));
        AssertRefused(Read(withSubset, Documents[1], "&xxe;"));
    }

    [Theory]
    [InlineData(CoberturaDoctype, 0)]
    [InlineData(JaCoCoDoctype, 1)]
    public void Standard_doctype_of_cobertura_and_jacoco_is_skipped_unread(string doctype, int root)
    {
        var read = Read(doctype, Documents[root], "name");

        Assert.Equal(1, read.Totals.LinesCovered);
    }

    [Fact]
    public void Entity_reference_under_a_standard_doctype_is_malformed_not_expanded()
    {
        var read = Read(CoberturaDoctype, Documents[0], "&xxe;");

        Assert.Null(read.Evidence);
        Assert.Equal(XmlArtifact.MalformedCode, Assert.Single(read.Errors).Code);
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Dispose();
        File.Delete(_secretFile);
    }

    private static CoverageReadResult Read(string doctype, string root, string reference) =>
        CoverageReading.Bytes(Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?>\n{doctype}\n{root.Replace("{1}", reference, StringComparison.Ordinal)}"), "probe.xml");

    private static void AssertRefused(CoverageReadResult read)
    {
        Assert.NotNull(read.Reader);
        Assert.Null(read.Evidence);
        var error = Assert.Single(read.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal((XmlArtifact.DtdProhibitedCode, "probe.xml"), (error.Code, error.Path));
        Assert.DoesNotContain(read.Diagnostics, d => d.Message.Contains(Secret, StringComparison.Ordinal));
    }
}
