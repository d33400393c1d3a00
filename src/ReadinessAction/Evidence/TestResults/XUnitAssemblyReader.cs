using System.Xml;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.TestResults;

/// <summary>Walks xUnit.net assemblies (v2 <c>collection</c> or v1 <c>class</c> groups) down to their tests.</summary>
internal static class XUnitAssemblyReader
{
    public static TestCaseTable ReadCases(XmlReader xml, string path, DiagnosticBag diagnostics)
    {
        var cases = new TestCaseTable();
        var pool = new StringPool();
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        var assembly = 0;
        var errorsOutsideTests = 0;
        var attributes = XUnitTestReader.AttributesIn(xml.NameTable);
        var test = xml.NameTable.Add("test");
        XmlArtifact.ForEachElement(xml, ReadElement);
        if (errorsOutsideTests > 0)
        {
            diagnostics.Warning("errors-outside-tests", $"{errorsOutsideTests} error(s) reported outside any test (fixture or cleanup failures); not counted as tests", path);
        }

        TestArtifact.WarnUnknownOutcomes(path, "xUnit result(s)", unknown, diagnostics);
        return cases;

        void ReadElement(XmlReader xml)
        {
            // Names from the reader are atomized in its table: the element met most is recognised by reference.
            var name = xml.LocalName;
            if (ReferenceEquals(name, test))
            {
                XUnitTestReader.Read(xml, assembly, cases, pool, unknown, attributes);
                return;
            }

            switch (name)
            {
                case "assembly":
                    assembly = cases.IdOf(Path.GetFileName((xml.GetAttribute("name") ?? "").Replace('\\', '/')));
                    xml.Read();
                    break;
                case "assemblies" or "collection" or "class" or "errors":
                    xml.Read();
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
