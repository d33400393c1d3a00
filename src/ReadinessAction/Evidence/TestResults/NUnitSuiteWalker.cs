using System.Xml;

namespace ReadinessAction.Evidence.TestResults;

/// <summary>
/// Walks NUnit's nested <c>test-suite</c> elements down to their test cases, keeping the open suites so each case
/// knows its assembly, fixture and inherited categories. The NUnit versions differ only in what the parameters name.
/// </summary>
/// <param name="wrappers">Elements above the suites, entered without being recorded.</param>
/// <param name="suiteName">Reads a <c>test-suite</c>'s name.</param>
/// <param name="categoriesElement">The element holding a suite's categories.</param>
/// <param name="caseAttributes">The attributes of a <c>test-case</c> the case reader takes.</param>
/// <param name="readCase">Reads one <c>test-case</c> into the table, consuming it whole; given the case attributes
/// atomized in the reader's name table, so that they match by reference.</param>
internal sealed class NUnitSuiteWalker(
    IEnumerable<string> wrappers,
    Func<XmlReader, string?> suiteName,
    string categoriesElement,
    string[] caseAttributes,
    Action<XmlReader, NUnitSuiteFrame?, StringPool, TestCaseTable, XmlAttributeNames> readCase)
{
    private readonly HashSet<string> _wrappers = new(wrappers, StringComparer.Ordinal);

    public TestCaseTable ReadCases(XmlReader xml)
    {
        var cases = new TestCaseTable();
        var pool = new StringPool();
        var attributes = XmlAttributeNames.In(xml.NameTable, caseAttributes);
        var testCase = xml.NameTable.Add("test-case");
        NUnitSuiteFrame? suite = null;
        xml.MoveToContent();
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                // Names from the reader are atomized in its table: the element met most is recognised by reference.
                var element = xml.LocalName;
                if (ReferenceEquals(element, testCase))
                {
                    readCase(xml, suite, pool, cases, attributes);
                    continue;
                }

                switch (element)
                {
                    case var name when _wrappers.Contains(name):
                        xml.Read();
                        continue;
                    case "test-suite":
                        var frame = new NUnitSuiteFrame(xml.GetAttribute("type") ?? "", pool.Share(suiteName(xml)), suite);
                        if (!xml.IsEmptyElement)
                        {
                            suite = frame;
                        }

                        xml.Read();
                        continue;
                    case var name when name == categoriesElement && suite is not null:
                        suite.Categories.AddRange(NUnitCategories.ReadProperties(xml, pool) ?? []);
                        continue;
                    default:
                        xml.Skip();
                        continue;
                }
            }

            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "test-suite")
            {
                suite = suite?.Parent;
            }

            xml.Read();
        }

        return cases;
    }
}
