using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.TestResults.NUnit2;

/// <summary>NUnit 2 results (<c>test-results</c> root): suites nest through <c>results</c> elements down to test cases.</summary>
public sealed class NUnit2Reader : IArtifactReader
{
    private static readonly NUnitSuiteWalker Walker = new(
        ["test-results", "results"],
        xml => xml.GetAttribute("name"),
        NUnit2CaseReader.CategoriesElement,
        NUnit2CaseReader.Read);

    public string Format => "nunit2";

    public ArtifactKind Kind => ArtifactKind.Tests;

    public bool CanRead(ArtifactSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        return sniff.XmlRoot == "test-results";
    }

    public ArtifactEvidence? Read(Stream content, string path, DiagnosticBag diagnostics) =>
        XmlArtifact.Read(content, path, diagnostics, xml => TestArtifact.Create(path, Format, Walker.ReadCases(xml), diagnostics));
}
