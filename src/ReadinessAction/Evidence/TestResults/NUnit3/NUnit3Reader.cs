using System.Xml;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.TestResults.NUnit3;

/// <summary>NUnit 3 results: a <c>test-run</c> root, or a lone <c>test-suite</c> root (some runners write only the assembly).</summary>
public sealed class NUnit3Reader : XmlTestReader
{
    private static readonly NUnitSuiteWalker Walker = new(
        ["test-run"],
        xml => xml.GetAttribute("fullname") ?? xml.GetAttribute("name"),
        NUnit3CaseReader.CategoriesElement,
        NUnit3CaseReader.Read);

    public override string Format => "nunit3";

    protected override IReadOnlySet<string> Roots { get; } = new HashSet<string>(StringComparer.Ordinal) { "test-run", "test-suite" };

    protected override List<TestCaseResult> ReadCases(XmlReader xml, string path, DiagnosticBag diagnostics) => Walker.ReadCases(xml);
}
