using System.Xml;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.TestResults;

/// <summary>Walks xUnit.net assemblies (v2 <c>collection</c> or v1 <c>class</c> groups) down to their tests.</summary>
internal static class XUnitAssemblyReader
{
    public static List<TestCaseResult> ReadCases(XmlReader xml, string path, DiagnosticBag diagnostics)
    {
        var cases = new List<TestCaseResult>();
        var pool = new StringPool();
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        var assembly = "";
        var errorsOutsideTests = 0;
        XmlArtifact.ForEachElement(xml, ReadElement);
        if (errorsOutsideTests > 0)
        {
            diagnostics.Warning("errors-outside-tests", $"{errorsOutsideTests} error(s) reported outside any test (fixture or cleanup failures); not counted as tests", path);
        }

        TestArtifact.WarnUnknownOutcomes(path, "xUnit result(s)", unknown, diagnostics);
        return cases;

        void ReadElement(XmlReader xml)
        {
            switch (xml.LocalName)
            {
                case "assembly":
                    assembly = pool.Share(Path.GetFileName((xml.GetAttribute("name") ?? "").Replace('\\', '/')));
                    xml.Read();
                    break;
                case "assemblies" or "collection" or "class" or "errors":
                    xml.Read();
                    break;
                case "test":
                    cases.Add(XUnitTestReader.Read(xml, assembly, pool, unknown));
                    break;
                case "error":
                    // Fixture or assembly cleanup failures: real problems, but not tests.
                    errorsOutsideTests++;
                    xml.Skip();
                    break;
                default:
                    xml.Skip();
                    break;
            }
        }
    }
}
