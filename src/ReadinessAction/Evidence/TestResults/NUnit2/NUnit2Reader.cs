using System.Xml;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.TestResults.NUnit2;

/// <summary>NUnit 2 results (<c>test-results</c> root): suites nest through <c>results</c> elements down to test cases.</summary>
public sealed class NUnit2Reader() : XmlTestReader("nunit2", "test-results")
{
    private static readonly NUnitSuiteWalker Walker = new(
        ["test-results", "results"],
        xml => xml.GetAttribute("name"),
        NUnit2CaseReader.CategoriesElement,
        NUnit2CaseReader.Attributes,
        NUnit2CaseReader.Read);

    protected override IReadOnlyList<TestCaseResult> ReadCases(XmlReader xml, string path, DiagnosticBag diagnostics) => Walker.ReadCases(xml);
}
