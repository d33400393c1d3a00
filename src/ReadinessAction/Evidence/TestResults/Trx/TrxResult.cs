using System.Globalization;
using System.Xml;

namespace ReadinessAction.Evidence.TestResults.Trx;

/// <summary>One top-level <c>UnitTestResult</c>, kept until the definitions are known.</summary>
internal sealed record TrxResult(string TestId, string ExecutionId, string Name, string OutcomeText, TestOutcome? Outcome, double? DurationSeconds)
{
    public static TrxResult Read(XmlReader xml, StringPool pool)
    {
        // A missing outcome is how the TRX schema says the run broke before the test reported.
        var outcome = xml.GetAttribute("outcome") ?? "Error";
        var result = new TrxResult(
            pool.Share(xml.GetAttribute("testId")),
            xml.GetAttribute("executionId") ?? "",
            xml.GetAttribute("testName") ?? "",
            outcome,
            Map(outcome),
            TimeSpan.TryParse(xml.GetAttribute("duration"), CultureInfo.InvariantCulture, out var duration) ? duration.TotalSeconds : null);
        xml.Skip();
        return result;
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
    private static readonly Dictionary<string, TestOutcome> Outcomes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["passed"] = TestOutcome.Passed,
        ["passedbutrunaborted"] = TestOutcome.Passed,
        ["warning"] = TestOutcome.Passed,
        ["failed"] = TestOutcome.Failed,
        ["error"] = TestOutcome.Error,
        ["timeout"] = TestOutcome.Error,
        ["aborted"] = TestOutcome.Error,
        ["disconnected"] = TestOutcome.Error,
        ["notexecuted"] = TestOutcome.Skipped,
        ["notrunnable"] = TestOutcome.Skipped,
        ["inconclusive"] = TestOutcome.Skipped,
        ["pending"] = TestOutcome.Skipped,
        ["inprogress"] = TestOutcome.Skipped,
        ["completed"] = TestOutcome.Skipped,
    };

    private static TestOutcome? Map(string outcome) => Outcomes.TryGetValue(outcome.Trim(), out var known) ? known : null;
}
