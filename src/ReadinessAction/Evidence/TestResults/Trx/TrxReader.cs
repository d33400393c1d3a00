using System.Xml;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.TestResults.Trx;

/// <summary>
/// VSTest / MSTest TRX. Results usually come before the test definitions that name their class, so both are
/// collected (one small record per test) and joined at the end. The data rows of a data-driven test are runs of one test.
/// </summary>
public sealed class TrxReader() : XmlTestReader("trx", "TestRun")
{
    protected override IReadOnlyList<TestCaseResult> ReadCases(XmlReader xml, string path, DiagnosticBag diagnostics)
    {
        var pool = new StringPool();
        var results = new List<TrxResult>();
        var definitions = new Dictionary<string, TrxDefinition>(StringComparer.OrdinalIgnoreCase);
        XmlArtifact.ForEachElement(xml, ReadElement);
        var unknown = results.Where(r => r.Outcome is null).Select(r => r.OutcomeText).Distinct(StringComparer.Ordinal).ToList();
        TestArtifact.WarnUnknownOutcomes(path, "TRX outcome(s)", unknown, diagnostics);
        return TestCaseTable.From(results.Select(r => r.ToCase(definitions)));

        void ReadElement(XmlReader xml)
        {
            switch (xml.LocalName)
            {
                case "TestRun" or "Results" or "TestDefinitions":
                    xml.Read();
                    break;
                case "UnitTest":
                    var definition = TrxDefinition.Read(xml, pool);
                    definitions.TryAdd(definition.Id, definition);
                    if (definition.ExecutionId.Length > 0)
                    {
                        definitions.TryAdd(definition.ExecutionId, definition);
                    }

                    break;
                case var name when name.EndsWith("TestResult", StringComparison.Ordinal) || name == "TestResultAggregation":
                    TrxResult.Read(xml, pool, results);
                    break;
                default:
                    xml.Skip();
                    break;
            }
        }
    }
}
