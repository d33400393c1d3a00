using System.Xml;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.TestResults.XUnit2;

/// <summary>xUnit.net v2/v3 XML: <c>assemblies</c> of <c>assembly</c> of <c>collection</c> of <c>test</c>.</summary>
public sealed class XUnit2Reader : IArtifactReader
{
    public string Format => "xunit2";

    public ArtifactKind Kind => ArtifactKind.Tests;

    public bool CanRead(ArtifactSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        return sniff.XmlRoot == "assemblies";
    }

    public ArtifactEvidence? Read(Stream content, string path, DiagnosticBag diagnostics) =>
        XmlArtifact.Read(content, path, diagnostics, xml => TestArtifact.Create(path, Format, XUnitAssemblyReader.ReadCases(xml, path, diagnostics), diagnostics));
}
