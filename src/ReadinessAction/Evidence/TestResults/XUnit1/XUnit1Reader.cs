using System.Xml;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.TestResults.XUnit1;

/// <summary>xUnit.net v1 XML: an <c>assembly</c> root of <c>class</c> of <c>test</c>.</summary>
public sealed class XUnit1Reader() : XmlTestReader("xunit1", "assembly")
{
    protected override IReadOnlyList<TestCaseResult> ReadCases(XmlReader xml, string path, DiagnosticBag diagnostics) => XUnitAssemblyReader.ReadCases(xml, path, diagnostics);
}
