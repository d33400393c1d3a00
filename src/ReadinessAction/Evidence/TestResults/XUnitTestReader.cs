using System.Xml;

namespace ReadinessAction.Evidence.TestResults;

/// <summary>
/// Reads one xUnit.net <c>test</c> element (v1 and v2 share it), consuming it whole. The test is its method on its
/// type: the rows of a theory are cases of one test, as the display name differs per row but the method does not.
/// </summary>
internal static class XUnitTestReader
{
    private static readonly string[] Attributes = ["name", "method", "result", "time", "type"];

    /// <summary>The attributes <see cref="Read"/> takes, atomized in <paramref name="table"/> so they match by reference.</summary>
    public static XmlAttributeNames AttributesIn(XmlNameTable table) => XmlAttributeNames.In(table, Attributes);

    /// <param name="assembly">The id in <paramref name="cases"/> of the assembly's file name.</param>
    /// <param name="attributes">From <see cref="AttributesIn"/> for the reader's name table.</param>
    public static void Read(XmlReader xml, int assembly, TestCaseTable cases, StringPool pool, ISet<string> unknownResults, XmlAttributeNames attributes)
    {
        // One pass over the attributes rather than a search for each.
        var values = XmlAttributeValues.Read(xml, attributes);
        var displayName = values[0] ?? "";
        var method = values[1];
        var result = values[2] ?? "";
        var duration = XmlNumbers.ParseDouble(values[3]);
        List<string>? traits = null;
        if (!xml.IsEmptyElement)
        {
            // The descendants are walked by depth rather than through ReadSubtree(), which costs a reader per test.
            var depth = xml.Depth;
            xml.Read();
            while (xml.Depth > depth && !xml.EOF)
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "trait" && xml.GetAttribute("value") is { Length: > 0 } value)
                {
                    var name = xml.GetAttribute("name") ?? "";
                    (traits ??= []).Add(pool.Share(string.Equals(name, "Category", StringComparison.OrdinalIgnoreCase) ? value : $"{name}={value}"));
                }

                // Output, failure messages and stack traces are skipped without being kept.
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName is "failure" or "output" or "reason")
                {
                    xml.Skip();
                }
                else
                {
                    xml.Read();
                }
            }
        }

        // On the end tag (or the empty element): step past it.
        xml.Read();
        var outcome = result switch
        {
            // The words as xUnit writes them, matched without making a lower-case copy.
            "Pass" => TestOutcome.Passed,
            "Fail" => TestOutcome.Failed,
            "Skip" => TestOutcome.Skipped,
            _ => Outcome(result),
        };
        if (outcome is null)
        {
            unknownResults.Add(result);
        }

        cases.Add(assembly, cases.IdOf(values[4]), string.IsNullOrEmpty(method) ? displayName : method, outcome ?? TestOutcome.Error, duration, traits, false);
    }

    private static TestOutcome? Outcome(string result) => result.Trim().ToLowerInvariant() switch
    {
        "pass" => TestOutcome.Passed,
        "fail" => TestOutcome.Failed,
        "skip" or "notrun" => TestOutcome.Skipped,
        _ => (TestOutcome?)null,
    };
}
