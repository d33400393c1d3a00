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
    public static void Read(XmlReader xml, StringPool pool, List<TrxResult> into)
    {
        var result = ReadAttributes(xml, pool);
        if (xml.IsEmptyElement)
        {
            xml.Skip();
            into.Add(result);
            return;
        }

        // The descendants are walked by depth rather than through ReadSubtree(), which costs a reader per result.
        List<(int Depth, TrxResult Result, bool HasInner)>? rows = null;
        var depth = xml.Depth;
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var name = xml.LocalName;
            if (name == "InnerResults" && rows is not null && rows.FindLastIndex(r => r.Depth == xml.Depth - 1) is var owner and >= 0)
            {
                rows[owner] = rows[owner] with { HasInner = true };
            }
            else if (name.EndsWith("TestResult", StringComparison.Ordinal))
            {
                var row = ReadAttributes(xml, pool);
                (rows ??= []).Add((xml.Depth, row.TestId == result.TestId ? row with { Name = result.Name } : row, false));
            }
        }

        // On the end tag: step past it.
        xml.Read();
        var count = into.Count;
        into.AddRange(rows?.Where(r => !r.HasInner).Select(r => r.Result) ?? []);
        if (into.Count == count)
        {
            into.Add(result);
        }
    }

    private static readonly string[] Attributes = ["outcome", "testId", "executionId", "testName", "duration"];

    private static TrxResult ReadAttributes(XmlReader xml, StringPool pool)
    {
        var values = XmlAttributeValues.Read(xml, Attributes);

        // A missing outcome is how the TRX schema says the run broke before the test reported.
        var outcome = values[0] ?? "Error";
        return new TrxResult(
            pool.Share(values[1]),
            values[2] ?? "",
            values[3] ?? "",
            outcome,
            Map(outcome),
            TimeSpan.TryParse(values[4], CultureInfo.InvariantCulture, out var duration) ? duration.TotalSeconds : null);
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
