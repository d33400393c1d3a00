using System.Xml;

namespace ReadinessAction.Evidence.TestResults;

/// <summary>
/// Reads one xUnit.net <c>test</c> element (v1 and v2 share it), consuming it whole. The test is its method on its
/// type: the rows of a theory are cases of one test, as the display name differs per row but the method does not.
/// </summary>
internal static class XUnitTestReader
{
    public static TestCaseResult Read(XmlReader xml, string assembly, StringPool pool, ISet<string> unknownResults)
    {
        var displayName = xml.GetAttribute("name") ?? "";
        var method = xml.GetAttribute("method");
        var result = xml.GetAttribute("result") ?? "";
        var duration = XmlNumbers.ParseDouble(xml.GetAttribute("time"));
        var type = pool.Share(xml.GetAttribute("type"));
        List<string>? traits = null;
        if (!xml.IsEmptyElement)
        {
            using var subtree = xml.ReadSubtree();
            subtree.Read();
            subtree.Read();
            while (!subtree.EOF)
            {
                if (subtree.NodeType == XmlNodeType.Element && subtree.LocalName == "trait" && subtree.GetAttribute("value") is { Length: > 0 } value)
                {
                    var name = subtree.GetAttribute("name") ?? "";
                    (traits ??= []).Add(pool.Share(string.Equals(name, "Category", StringComparison.OrdinalIgnoreCase) ? value : $"{name}={value}"));
                }

                // Output, failure messages and stack traces are skipped without being kept.
                if (subtree.NodeType == XmlNodeType.Element && subtree.LocalName is "failure" or "output" or "reason")
                {
                    subtree.Skip();
                }
                else
                {
                    subtree.Read();
                }
            }
        }

        xml.Skip();
        var outcome = result.Trim().ToLowerInvariant() switch
        {
            "pass" => TestOutcome.Passed,
            "fail" => TestOutcome.Failed,
            "skip" or "notrun" => TestOutcome.Skipped,
            _ => (TestOutcome?)null,
        };
        if (outcome is null)
        {
            unknownResults.Add(result);
        }

        return new TestCaseResult(assembly, type, string.IsNullOrEmpty(method) ? displayName : method, outcome ?? TestOutcome.Error, duration, traits is null ? [] : traits);
    }
}
