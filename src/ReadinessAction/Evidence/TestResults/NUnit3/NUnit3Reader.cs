using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.TestResults.NUnit3;

/// <summary>NUnit 3 results: a <c>test-run</c> root, or a lone <c>test-suite</c> root (some runners write only the assembly).</summary>
public sealed class NUnit3Reader : IArtifactReader
{
    private static readonly NUnitSuiteWalker Walker = new(
        ["test-run"],
        xml => xml.GetAttribute("fullname") ?? xml.GetAttribute("name"),
        NUnit3CaseReader.CategoriesElement,
        NUnit3CaseReader.Read);

    public string Format => "nunit3";

    public ArtifactKind Kind => ArtifactKind.Tests;

    public bool CanRead(ArtifactSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        return sniff.XmlRoot is "test-run" or "test-suite";
    }

    public ArtifactEvidence? Read(Stream content, string path, DiagnosticBag diagnostics) =>
        XmlArtifact.Read(content, path, diagnostics, xml => TestArtifact.Create(path, Format, Walker.ReadCases(xml), diagnostics));
}
