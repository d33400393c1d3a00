using System.Xml;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.TestResults.NUnit3;

/// <summary>NUnit 3 results: a <c>test-run</c> root, or a lone <c>test-suite</c> root (some runners write only the assembly).</summary>
public sealed class NUnit3Reader() : XmlTestReader("nunit3", "test-run", "test-suite")
{
    private static readonly NUnitSuiteWalker Walker = new(
        ["test-run"],
        xml => xml.GetAttribute("fullname") ?? xml.GetAttribute("name"),
        NUnit3CaseReader.CategoriesElement,
        NUnit3CaseReader.Attributes,
        NUnit3CaseReader.Read);

    protected override IReadOnlyList<TestCaseResult> ReadCases(XmlReader xml, string path, DiagnosticBag diagnostics) => Walker.ReadCases(xml);
}
