using System.Xml;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.Tests.NUnit2;

/// <summary>NUnit 2 results (<c>test-results</c> root): suites nest through <c>results</c> elements down to test cases.</summary>
public sealed class NUnit2Reader : IArtifactReader
{
    public string Format => "nunit2";

    public ArtifactKind Kind => ArtifactKind.Tests;

    public bool CanRead(ArtifactSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        return sniff.XmlRoot == "test-results";
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
                    case "test-results" or "results":
                        xml.Read();
                        continue;
                    case "test-suite":
                        var frame = new NUnitSuiteFrame(xml.GetAttribute("type") ?? "", pool.Share(xml.GetAttribute("name")), suite);
                        if (!xml.IsEmptyElement)
                        {
                            suite = frame;
                        }

                        xml.Read();
                        continue;
                    case "categories" when suite is not null:
                        suite.Categories.AddRange(NUnitCategories.ReadProperties(xml, pool) ?? []);
                        continue;
                    case "test-case":
                        cases.Add(NUnit2CaseReader.Read(xml, suite, pool));
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
