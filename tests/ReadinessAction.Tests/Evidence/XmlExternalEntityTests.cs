using System.Net;
using System.Net.Sockets;

using ReadinessAction.Evidence;
using ReadinessAction.Tests.Evidence.Conformance;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Evidence;

/// <summary>XXE: a DTD is refused before any entity is resolved, so no file is read and no connection is made.</summary>
public sealed class XmlExternalEntityTests : IDisposable
{
    private const string Secret = "TOP-SECRET-3f9a1c";
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly TempWorkspace _workspace = new();

    public XmlExternalEntityTests()
    {
        _listener.Start();
    }

    private int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public static TheoryData<string> Probes() =>
    [
        """<!DOCTYPE testsuites [<!ENTITY xxe SYSTEM "file://{secret}">]><testsuites><testsuite name="&xxe;"><testcase name="a"/></testsuite></testsuites>""",
        """<!DOCTYPE testsuites [<!ENTITY xxe SYSTEM "http://127.0.0.1:{port}/leak">]><testsuites><testsuite name="&xxe;"><testcase name="a"/></testsuite></testsuites>""",
        """<!DOCTYPE testsuites [<!ENTITY % remote SYSTEM "http://127.0.0.1:{port}/evil.dtd"> %remote;]><testsuites/>""",
        """<!DOCTYPE test-results SYSTEM "http://127.0.0.1:{port}/nunit.dtd"><test-results><test-suite name="s"><results><test-case name="a" result="Success"/></results></test-suite></test-results>""",
        """<!DOCTYPE TestRun [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><TestRun><Results><UnitTestResult testName="&lol2;" outcome="Passed"/></Results></TestRun>""",
    ];

    [Theory]
    [MemberData(nameof(Probes))]
    public void Xml_with_a_dtd_is_rejected_without_reading_files_or_the_network(string probe)
    {
        var secretPath = _workspace.Write("secret.txt", Secret);
        var xml = "<?xml version=\"1.0\"?>\n" + probe.Replace("{secret}", secretPath, StringComparison.Ordinal).Replace("{port}", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var read = ArtifactFixture.Text(xml, "probe.xml");

        Assert.NotNull(read.Reader);
        Assert.Null(read.Evidence);
        var error = Assert.Single(read.Diagnostics);
        Assert.Equal(("xml-dtd-prohibited", "probe.xml"), (error.Code, error.Path));
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
        Assert.False(_listener.Pending(), "the reader opened a connection to resolve an entity");
    }

    [Fact]
    public void Collecting_a_workspace_with_an_xxe_probe_makes_no_connection_and_reads_the_rest()
    {
        _workspace.Write("results/probe.xml", $"""<?xml version="1.0"?><!DOCTYPE testsuites [<!ENTITY xxe SYSTEM "http://127.0.0.1:{Port}/leak">]><testsuites><testsuite name="&xxe;"><testcase name="a"/></testsuite></testsuites>""");
        _workspace.Write("results/good.xml", """<testsuite name="s"><testcase classname="C" name="ok"/></testsuite>""");

        var bundle = new EvidenceCollector().Collect(_workspace.Root, [], ["results/*.xml"]);

        Assert.Equal("results/good.xml", Assert.Single(bundle.Artifacts).Path);
        Assert.Contains(bundle.Diagnostics, d => d.Code == "xml-dtd-prohibited" && d.Path == "results/probe.xml");
        Assert.False(_listener.Pending(), "sniffing or reading opened a connection to resolve an entity");
    }

    [Theory]
    [InlineData("nunit2-xml/nunit/nunit3/jenkins/NUnit-sec1752-file.xml")]
    [InlineData("nunit2-xml/nunit/nunit3/jenkins/NUnit-sec1752-https.xml")]
    public void Corpus_xxe_probes_are_rejected(string file)
    {
        var path = Path.Combine(CorpusExpectations.CorpusRoot, "publish-unit-test-result-action", file);

        var read = ArtifactFixture.Read(File.ReadAllBytes(path), file);

        Assert.Null(read.Evidence);
        Assert.Contains(read.Diagnostics, d => d.Code == "xml-dtd-prohibited" && d.Path == file);
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Dispose();
        _workspace.Dispose();
    }
}
