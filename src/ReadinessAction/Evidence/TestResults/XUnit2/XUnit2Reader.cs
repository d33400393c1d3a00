using System.Xml;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.TestResults.XUnit2;

/// <summary>xUnit.net v2/v3 XML: <c>assemblies</c> of <c>assembly</c> of <c>collection</c> of <c>test</c>.</summary>
public sealed class XUnit2Reader() : XmlTestReader("xunit2", "assemblies")
{
    protected override IReadOnlyList<TestCaseResult> ReadCases(XmlReader xml, string path, DiagnosticBag diagnostics) => XUnitAssemblyReader.ReadCases(xml, path, diagnostics);
}
