using System.Xml;

namespace ReadinessAction.Evidence.TestResults.NUnit3;

/// <summary>Reads one NUnit 3 <c>test-case</c>, consuming it whole.</summary>
internal static class NUnit3CaseReader
{
    public const string CategoriesElement = "properties";

    /// <summary>The attributes <see cref="Read"/> takes, in the order it reads their values.</summary>
    public static readonly string[] Attributes = ["name", "classname", "result", "label", "site", "duration", "time"];

    /// <param name="attributes"><see cref="Attributes"/>, atomized in the reader's name table.</param>
    public static void Read(XmlReader xml, NUnitSuiteFrame? suite, StringPool pool, TestCaseTable cases, XmlAttributeNames attributes)
    {
        // One pass over the attributes (a test case has a dozen) rather than a search for each.
        var values = XmlAttributeValues.Read(xml, attributes);
        var outcome = Map(values[2], values[3], values[4]);
        var duration = XmlNumbers.ParseDouble(values[5] ?? values[6]);
        NUnitCaseBody.Read(xml, CategoriesElement, pool).AddTo(cases, suite, values[1] ?? "", values[0] ?? "", outcome, duration);
    }

    // NUnit 3 reports an exception, a cancellation or an unrunnable test as result="Failed" with a label, and a
    // failure outside the test body by its site: those are errors, not assertion failures.
    private static TestOutcome Map(string? result, string? label, string? site) => Word(result) switch
    {
        "passed" or "warning" => TestOutcome.Passed,
        "failed" when label is "Error" or "Cancelled" or "Invalid" || site is "SetUp" or "TearDown" or "Parent" => TestOutcome.Error,
        "failed" => TestOutcome.Failed,
        "skipped" or "inconclusive" => TestOutcome.Skipped,
        _ => TestOutcome.Error,
    };

    // The results as NUnit writes them are matched without making a lower-case copy of each.
    private static string? Word(string? result) => result switch
    {
        "Passed" => "passed",
        "Failed" => "failed",
        "Skipped" => "skipped",
        _ => result?.Trim().ToLowerInvariant(),
    };
}
