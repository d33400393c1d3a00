using System.Xml;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.TestResults.Trx;

/// <summary>
/// VSTest / MSTest TRX. Results usually come before the test definitions that name their class: each result is added
/// as a row when read, and the rows are named after their definitions at the end (<see cref="TrxCases"/>). The data
/// rows of a data-driven test are runs of one test.
/// </summary>
public sealed class TrxReader() : XmlTestReader("trx", "TestRun")
{
    protected override IReadOnlyList<TestCaseResult> ReadCases(XmlReader xml, string path, DiagnosticBag diagnostics)
    {
        var pool = new StringPool();
        var cases = new TrxCases();
        var table = xml.NameTable;
        string testRun = table.Add("TestRun"), results = table.Add("Results"), definitions = table.Add("TestDefinitions"),
            unitTest = table.Add("UnitTest"), unitTestResult = table.Add("UnitTestResult");
        var attributes = XmlAttributeNames.In(table, TrxResult.Attributes);
        var definitionReader = new TrxDefinitionReader(table);
        xml.MoveToContent();
        while (!xml.EOF)
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                xml.Read();
                continue;
            }

            // Names from the reader are atomized in its table: the common ones are recognised by reference.
            var name = xml.LocalName;
            if (ReferenceEquals(name, unitTestResult))
            {
                TrxResult.Read(xml, cases, attributes);
            }
            else if (ReferenceEquals(name, unitTest))
            {
                definitionReader.Read(xml, pool, cases);
            }
            else if (ReferenceEquals(name, testRun) || ReferenceEquals(name, results) || ReferenceEquals(name, definitions))
            {
                xml.Read();
            }
            else if (name.EndsWith("TestResult", StringComparison.Ordinal) || name == "TestResultAggregation")
            {
                TrxResult.Read(xml, cases, attributes);
            }
            else
            {
                xml.Skip();
            }
        }

        return cases.Finish(path, diagnostics);
    }
}
