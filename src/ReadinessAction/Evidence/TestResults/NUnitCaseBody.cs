using System.Xml;

namespace ReadinessAction.Evidence.TestResults;

/// <summary>What an NUnit <c>test-case</c> holds beyond its attributes: its own categories and whether a failure is recorded.</summary>
internal readonly record struct NUnitCaseBody(List<string>? Categories, bool HasFailure)
{
    /// <summary>Reads the rest of the current <c>test-case</c> (its attributes already read), consuming it whole.</summary>
    public static NUnitCaseBody Read(XmlReader xml, string categoriesElement, StringPool pool)
    {
        List<string>? categories = null;
        var hasFailure = false;
        if (!xml.IsEmptyElement)
        {
            var depth = xml.Depth;
            xml.Read();
            while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == categoriesElement)
                {
                    categories = NUnitCategories.ReadProperties(xml, pool);
                }
                else if (xml.NodeType == XmlNodeType.Element)
                {
                    hasFailure |= xml.LocalName == "failure";
                    xml.Skip();
                }
                else
                {
                    xml.Read();
                }
            }
        }

        xml.Read();
        return new NUnitCaseBody(categories, hasFailure);
    }

    /// <summary>Adds the case under its suite: the suite gives the assembly and the categories the case inherits.</summary>
    public void AddTo(TestCaseTable cases, NUnitSuiteFrame? suite, string className, string name, TestOutcome outcome, double? duration) => cases.Add(
        cases.IdOf(suite?.AssemblyName),
        cases.IdOf(className),
        name,
        outcome,
        duration,
        suite?.InheritedCategories(Categories) ?? (IReadOnlyList<string>?)Categories,
        false);
}
