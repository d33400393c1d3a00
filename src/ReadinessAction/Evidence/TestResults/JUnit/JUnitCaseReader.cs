using System.Xml;

namespace ReadinessAction.Evidence.TestResults.JUnit;

/// <summary>Reads one <c>testcase</c> element, consuming it whole, into a row of the table.</summary>
internal static class JUnitCaseReader
{
    public static void Read(XmlReader xml, int suite, TestCaseTable cases, JUnitNames names, StringPool pool)
    {
        // name, classname, class, time, duration, status: one pass over the attributes.
        var values = XmlAttributeValues.Read(xml, names.CaseAttributes);
        var name = values[0] ?? "";
        var className = cases.IdOf(values[1] ?? values[2]);
        var duration = XmlNumbers.ParseDouble(values[3] ?? values[4]);
        var fromStatus = values[5] is { } status ? FromStatus(status) : TestOutcome.Passed;
        TestOutcome? outcome = null;
        var flaky = false;
        List<string>? categories = null;
        if (xml.IsEmptyElement)
        {
            xml.Read();
            cases.Add(suite, className, name, fromStatus, duration, null, false);
            return;
        }

        var depth = xml.Depth;
        xml.Read();
        while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                xml.Read();
                continue;
            }

            var element = xml.LocalName;
            var seen = names.OutcomeOf(element);
            if (seen > outcome || (seen is not null && outcome is null))
            {
                outcome = seen;
            }

            // Surefire's rerunFailingTestsCount: flakyFailure/flakyError are failed attempts of a test that then passed.
            flaky |= JUnitNames.Same(element, names.FlakyFailure) || JUnitNames.Same(element, names.FlakyError);
            if (JUnitNames.Same(element, names.Properties))
            {
                categories = ReadCategories(xml, pool);
                continue;
            }

            xml.Skip();
        }

        xml.Read();
        // A case whose status says it was not run (status="disabled") is skipped even when it carries a <failure>:
        // the failure of a test that was disabled does not fail the run (action-junit-report reads it so too).
        var final = fromStatus == TestOutcome.Skipped ? TestOutcome.Skipped : outcome ?? fromStatus;
        cases.Add(suite, className, name, final, duration, categories, flaky && final == TestOutcome.Passed);
    }

    // Producers without child elements (tst, some C++ runners) put the outcome in a status attribute.
    private static TestOutcome FromStatus(string status) => status.Trim().ToLowerInvariant() switch
    {
        "disabled" or "skipped" or "skip" or "ignored" or "notrun" or "not_run" or "pending" or "excluded" => TestOutcome.Skipped,
        "failed" or "failure" or "fail" => TestOutcome.Failed,
        "error" or "errored" or "broken" => TestOutcome.Error,
        _ => TestOutcome.Passed,
    };

    private static List<string>? ReadCategories(XmlReader xml, StringPool pool)
    {
        List<string>? categories = null;
        if (!xml.IsEmptyElement)
        {
            using var properties = xml.ReadSubtree();
            while (properties.Read())
            {
                if (properties.NodeType == XmlNodeType.Element && properties.LocalName == "property"
                    && properties.GetAttribute("name")?.ToLowerInvariant() is "category" or "categories" or "tag" or "tags"
                    && properties.GetAttribute("value") is { } value && !string.IsNullOrWhiteSpace(value))
                {
                    (categories ??= []).Add(pool.Share(value.Trim()));
                }
            }
        }

        xml.Skip();
        return categories;
    }
}
