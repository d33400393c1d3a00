using System.Xml;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.Tests.NUnit3;

/// <summary>NUnit 3 results: a <c>test-run</c> root, or a lone <c>test-suite</c> root (some runners write only the assembly).</summary>
public sealed class NUnit3Reader : IArtifactReader
{
    public string Format => "nunit3";

    public ArtifactKind Kind => ArtifactKind.Tests;

    public bool CanRead(ArtifactSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        return sniff.XmlRoot is "test-run" or "test-suite";
    }

    public ArtifactEvidence? Read(Stream content, string path, DiagnosticBag diagnostics) =>
        XmlArtifact.Read(content, path, diagnostics, xml => TestArtifact.Create(path, Format, ReadCases(xml), diagnostics));

    private static List<TestCaseResult> ReadCases(XmlReader xml)
    {
        var cases = new List<TestCaseResult>();
        var pool = new StringPool();
        NUnitSuiteFrame? suite = null;
        xml.MoveToContent();
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                switch (xml.LocalName)
                {
                    case "test-run":
                        xml.Read();
                        continue;
                    case "test-suite":
                        var frame = new NUnitSuiteFrame(xml.GetAttribute("type") ?? "", pool.Share(xml.GetAttribute("fullname") ?? xml.GetAttribute("name")), suite);
                        if (!xml.IsEmptyElement)
                        {
                            suite = frame;
                        }

                        xml.Read();
                        continue;
                    case "properties" when suite is not null:
                        suite.Categories.AddRange(NUnitCategories.ReadProperties(xml, pool) ?? []);
                        continue;
                    case "test-case":
                        cases.Add(NUnit3CaseReader.Read(xml, suite, pool));
                        continue;
                    default:
                        xml.Skip();
                        continue;
                }
            }

            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "test-suite")
            {
                suite = suite?.Parent;
            }

            xml.Read();
        }

        return cases;
    }
}
