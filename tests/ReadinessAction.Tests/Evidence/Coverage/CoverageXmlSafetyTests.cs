using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

using ReadinessAction.Diagnostics;
using ReadinessAction.Evidence.Coverage;

namespace ReadinessAction.Tests.Evidence.Coverage;

/// <summary>XXE and DTD probes: rejected or ignored, and nothing on disk or network is ever touched.</summary>
public sealed class CoverageXmlSafetyTests : IDisposable
{
    private const string Secret = "TOP-SECRET-MARKER-7f3a";

    private readonly string _secretFile = Path.Combine(Path.GetTempPath(), $"xxe-{Guid.NewGuid():N}.txt");
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public CoverageXmlSafetyTests()
    {
        File.WriteAllText(_secretFile, Secret);
        _listener.Start();
    }

    /// <summary>One probe per XML format, so every reader is checked: {0} is the DOCTYPE, {1} an entity reference.</summary>
    public static TheoryData<string> Roots =>
    [
        """<coverage line-rate="1"><sources><source>{1}</source></sources><packages><package name="p"><classes><class name="C" filename="a.cs"><lines><line number="1" hits="1"/></lines></class></classes></package></packages></coverage>""",
        """<report name="r"><sessioninfo id="a" start="1" dump="2"/><package name="{1}"><sourcefile name="A.java"><line nr="1" mi="0" ci="1" mb="0" cb="0"/></sourcefile></package></report>""",
        """<CoverageSession><Modules><Module hash="x"><Files><File uid="1" fullPath="{1}"/></Files><Classes><Class><Methods><Method><FileRef uid="1"/><SequencePoints><SequencePoint vc="1" offset="0" sl="1" el="1"/></SequencePoints></Method></Methods></Class></Classes></Module></Modules></CoverageSession>""",
        """<coverage generated="1" clover="4.4.1"><project name="{1}"><file name="A.java"><line num="1" count="1" type="stmt"/></file></project></coverage>""",
    ];

    [Theory]
    [MemberData(nameof(Roots))]
    public void External_entity_to_a_local_file_is_rejected_without_reading_it(string root)
    {
        var read = Read($"""<!DOCTYPE r [<!ENTITY xxe SYSTEM "file://{_secretFile}">]>""", root, "&xxe;");

        AssertRejected(read);
    }

    [Theory]
    [MemberData(nameof(Roots))]
    public void External_entity_and_parameter_entity_over_http_are_rejected_without_any_connection(string root)
    {
        var url = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/probe";
        var read = Read($"""<!DOCTYPE r [<!ENTITY % p SYSTEM "{url}/p.dtd"> %p; <!ENTITY xxe SYSTEM "{url}/x">]>""", root, "&xxe;");

        AssertRejected(read);
        Assert.False(_listener.Pending(), "the reader connected to the probe server");
    }

    [Theory]
    [MemberData(nameof(Roots))]
    public void External_dtd_is_ignored_not_fetched_and_the_report_is_read(string root)
    {
        var url = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/coverage.dtd";

        var read = Read($"""<!DOCTYPE r SYSTEM "{url}">""", root, "name");

        Assert.Equal(1, read.Totals.LinesCovered);
        Assert.False(_listener.Pending(), "the reader fetched the DTD");
    }

    [Theory]
    [MemberData(nameof(Roots))]
    public void Entity_expansion_bomb_is_rejected_at_once(string root)
    {
        var entities = string.Concat(Enumerable.Range(1, 9).Select(i => $"""<!ENTITY lol{i} "{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}">"""));
        var clock = Stopwatch.StartNew();

        var read = Read($"""<!DOCTYPE r [<!ENTITY lol0 "lol">{entities}]>""", root, "&lol9;");

        AssertRejected(read);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Dispose();
        File.Delete(_secretFile);
    }

    private static CoverageReadResult Read(string doctype, string root, string reference) =>
        CoverageReading.Bytes(Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?>\n{doctype}\n{root.Replace("{1}", reference, StringComparison.Ordinal)}"), "probe.xml");

    private static void AssertRejected(CoverageReadResult read)
    {
        Assert.NotNull(read.Reader);
        Assert.Null(read.Evidence);
        var error = Assert.Single(read.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal((CoverageDiagnosticCodes.Malformed, "probe.xml"), (error.Code, error.Path));
        Assert.DoesNotContain(read.Diagnostics, d => d.Message.Contains(Secret, StringComparison.Ordinal));
    }
}
