using System.Xml;

namespace ReadinessAction.Evidence.TestResults.JUnit;

/// <summary>
/// The element names JUnit readers look for, atomized in the reader's name table: the reader returns these very
/// strings for the names it meets, so a name is recognised by one reference comparison.
/// </summary>
internal sealed class JUnitNames(XmlNameTable table)
{
    public string TestSuites { get; } = table.Add("testsuites");

    public string TestSuite { get; } = table.Add("testsuite");

    public string TestCase { get; } = table.Add("testcase");

    public string Error { get; } = table.Add("error");

    public string Failure { get; } = table.Add("failure");

    public string RerunFailure { get; } = table.Add("rerunFailure");

    public string RerunError { get; } = table.Add("rerunError");

    public string Skipped { get; } = table.Add("skipped");

    public string FlakyFailure { get; } = table.Add("flakyFailure");

    public string FlakyError { get; } = table.Add("flakyError");

    public string Properties { get; } = table.Add("properties");

    /// <summary>The attributes of a test case, in the order <see cref="JUnitCaseReader"/> reads their values.</summary>
    public XmlAttributeNames CaseAttributes { get; } = XmlAttributeNames.In(table, "name", "classname", "class", "time", "duration", "status");

    /// <summary>The outcome a child element of a test case gives it, or null when it gives none.</summary>
    public TestOutcome? OutcomeOf(string element) =>
        Same(element, Failure) || Same(element, RerunFailure) ? TestOutcome.Failed
        : Same(element, Error) || Same(element, RerunError) ? TestOutcome.Error
        : Same(element, Skipped) ? TestOutcome.Skipped
        : null;

    public static bool Same(string name, string atom) => ReferenceEquals(name, atom);
}
