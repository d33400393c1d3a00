using System.Xml;

namespace ReadinessAction.Evidence.TestResults.NUnit3;

/// <summary>Reads one NUnit 3 <c>test-case</c>, consuming it whole.</summary>
internal static class NUnit3CaseReader
{
    public const string CategoriesElement = "properties";

    public static TestCaseResult Read(XmlReader xml, NUnitSuiteFrame? suite, StringPool pool)
    {
        var name = xml.GetAttribute("name") ?? "";
        var className = pool.Share(xml.GetAttribute("classname"));
        var outcome = Map(xml.GetAttribute("result"), xml.GetAttribute("label"), xml.GetAttribute("site"));
        var duration = XmlNumbers.ParseDouble(xml.GetAttribute("duration") ?? xml.GetAttribute("time"));
        return NUnitCaseBody.Read(xml, CategoriesElement, pool).ToCase(suite, className, name, outcome, duration);
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
