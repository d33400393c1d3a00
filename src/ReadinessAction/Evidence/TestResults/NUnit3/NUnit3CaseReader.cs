using System.Xml;

namespace ReadinessAction.Evidence.TestResults.NUnit3;

/// <summary>Reads one NUnit 3 <c>test-case</c>, consuming it whole.</summary>
internal static class NUnit3CaseReader
{
    public const string CategoriesElement = "properties";

    private static readonly string[] Attributes = ["name", "classname", "result", "label", "site", "duration", "time"];

    public static void Read(XmlReader xml, NUnitSuiteFrame? suite, StringPool pool, TestCaseTable cases)
    {
        // One pass over the attributes (a test case has a dozen) rather than a search for each.
        var values = XmlAttributeValues.Read(xml, Attributes);
        var outcome = Map(values[2], values[3], values[4]);
        var duration = XmlNumbers.ParseDouble(values[5] ?? values[6]);
        NUnitCaseBody.Read(xml, CategoriesElement, pool).AddTo(cases, suite, values[1] ?? "", values[0] ?? "", outcome, duration);
    }

    // NUnit 3 reports an exception, a cancellation or an unrunnable test as result="Failed" with a label, and a
    // failure outside the test body by its site: those are errors, not assertion failures.
    private static TestOutcome Map(string? result, string? label, string? site) => result?.Trim().ToLowerInvariant() switch
    {
        "passed" or "warning" => TestOutcome.Passed,
        "failed" when label is "Error" or "Cancelled" or "Invalid" || site is "SetUp" or "TearDown" or "Parent" => TestOutcome.Error,
        "failed" => TestOutcome.Failed,
        "skipped" or "inconclusive" => TestOutcome.Skipped,
        _ => TestOutcome.Error,
    };
}
