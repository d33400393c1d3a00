using System.Globalization;
using System.Xml;

namespace ReadinessAction.Evidence.TestResults.Trx;

/// <summary>One run of a test (a <c>UnitTestResult</c> or a data row inside one), kept until the definitions are known.</summary>
internal sealed record TrxResult(string TestId, string ExecutionId, string Name, string OutcomeText, TestOutcome? Outcome, double? DurationSeconds)
{
    /// <summary>
    /// Reads one result element whole. A data-driven test's result holds the results of its data rows (InnerResults):
    /// each row is a run of that test, as the runner's summary counts it, and the parent is not a run of its own.
    /// </summary>
    public static IEnumerable<TrxResult> Read(XmlReader xml, StringPool pool)
    {
        var result = ReadAttributes(xml, pool);
        if (xml.IsEmptyElement)
        {
            xml.Skip();
            return [result];
        }

        var rows = new List<(int Depth, TrxResult Result, bool HasInner)>();
        using (var subtree = xml.ReadSubtree())
        {
            subtree.Read();
            while (subtree.Read())
            {
                if (subtree.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (subtree.LocalName == "InnerResults" && rows.FindLastIndex(r => r.Depth == subtree.Depth - 1) is var owner and >= 0)
                {
                    rows[owner] = rows[owner] with { HasInner = true };
                }
                else if (subtree.LocalName.EndsWith("TestResult", StringComparison.Ordinal))
                {
                    var row = ReadAttributes(subtree, pool);
                    rows.Add((subtree.Depth, row.TestId == result.TestId ? row with { Name = result.Name } : row, false));
                }
            }
        }

        xml.Skip();
        var leaves = rows.Where(r => !r.HasInner).Select(r => r.Result).ToList();
        return leaves.Count > 0 ? leaves : [result];
    }

    private static TrxResult ReadAttributes(XmlReader xml, StringPool pool)
    {
        // A missing outcome is how the TRX schema says the run broke before the test reported.
        var outcome = xml.GetAttribute("outcome") ?? "Error";
        return new TrxResult(
            pool.Share(xml.GetAttribute("testId")),
            xml.GetAttribute("executionId") ?? "",
            xml.GetAttribute("testName") ?? "",
            outcome,
            Map(outcome),
            TimeSpan.TryParse(xml.GetAttribute("duration"), CultureInfo.InvariantCulture, out var duration) ? duration.TotalSeconds : null);
    }

    public TestCaseResult ToCase(IReadOnlyDictionary<string, TrxDefinition> definitions)
    {
        var definition = definitions.GetValueOrDefault(TestId) ?? definitions.GetValueOrDefault(ExecutionId);
        return new TestCaseResult(
            definition?.Storage ?? "",
            definition?.ClassName ?? "",
            Name,
            Outcome ?? TestOutcome.Error,
            DurationSeconds,
            definition?.Categories ?? []);
    }

    // Looked up without lower-casing a copy of every result's outcome.
    private static readonly TestStatusTable Outcomes = TestStatusTable.Of(
        passed: "Passed PassedButRunAborted Warning",
        failed: "Failed",
        skipped: "NotExecuted NotRunnable Inconclusive Pending InProgress Completed",
        errors: "Error Timeout Aborted Disconnected",
        ignoreCase: true);

    private static TestOutcome? Map(string outcome) => Outcomes.TryGet(outcome.Trim(), out var known) ? known : null;
}
