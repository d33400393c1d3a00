using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.TestResults.XUnit1;

/// <summary>xUnit.net v1 XML: an <c>assembly</c> root of <c>class</c> of <c>test</c>.</summary>
public sealed class XUnit1Reader : IArtifactReader
{
    public string Format => "xunit1";

    public ArtifactKind Kind => ArtifactKind.Tests;

    public bool CanRead(ArtifactSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        return sniff.XmlRoot == "assembly";
    }

    public ArtifactEvidence? Read(Stream content, string path, DiagnosticBag diagnostics) =>
        XmlArtifact.Read(content, path, diagnostics, xml => TestArtifact.Create(path, Format, XUnitAssemblyReader.ReadCases(xml, path, diagnostics), diagnostics));
}
