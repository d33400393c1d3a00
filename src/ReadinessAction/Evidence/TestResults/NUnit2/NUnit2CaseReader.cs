using System.Xml;

namespace ReadinessAction.Evidence.TestResults.NUnit2;

/// <summary>Reads one NUnit 2 <c>test-case</c>, consuming it whole. Its name is already the full method name.</summary>
internal static class NUnit2CaseReader
{
    public const string CategoriesElement = "categories";

    /// <summary>The attributes <see cref="Read"/> takes, in the order it reads their values.</summary>
    public static readonly string[] Attributes = ["name", "result", "executed", "success", "time"];

    /// <param name="attributes"><see cref="Attributes"/>, atomized in the reader's name table.</param>
    public static void Read(XmlReader xml, NUnitSuiteFrame? suite, StringPool pool, TestCaseTable cases, XmlAttributeNames attributes)
    {
        // One pass over the attributes rather than a search for each.
        var values = XmlAttributeValues.Read(xml, attributes);
        var duration = XmlNumbers.ParseDouble(values[4]);
        var body = NUnitCaseBody.Read(xml, CategoriesElement, pool);
        body.AddTo(cases, suite, suite is null ? "" : suite.ClassNameOfCases ??= ClassName(suite), values[0] ?? "", Map(values[1], values[2], values[3], body.HasFailure), duration);
    }

    /// <summary>NUnit 2 has no class attribute: the fixture's name under its namespaces is the class.</summary>
    private static string ClassName(NUnitSuiteFrame? suite)
    {
        var fixture = suite;
        while (fixture is not null && fixture.Type != "TestFixture")
        {
            fixture = fixture.Parent;
        }

        if (fixture is null)
        {
            return "";
        }

        var parts = new List<string> { fixture.Name };
        for (var frame = fixture.Parent; frame is not null && frame.Type == "Namespace"; frame = frame.Parent)
        {
            parts.Add(frame.Name);
        }

        parts.Reverse();
        return string.Join('.', parts);
    }

    // Early NUnit 2 writers have no result attribute: then "executed" and a failure element are the outcome.
    private static TestOutcome Map(string? result, string? executed, string? success, bool hasFailure) => result?.Trim().ToLowerInvariant() switch
    {
        "success" => TestOutcome.Passed,
        "failure" => TestOutcome.Failed,
        "error" or "cancelled" => TestOutcome.Error,
        "ignored" or "skipped" or "notrunnable" or "inconclusive" or "notrun" => TestOutcome.Skipped,
        _ when string.Equals(executed, "False", StringComparison.OrdinalIgnoreCase) => TestOutcome.Skipped,
        _ when hasFailure || string.Equals(success, "False", StringComparison.OrdinalIgnoreCase) => TestOutcome.Failed,
        _ => TestOutcome.Passed,
    };
}
