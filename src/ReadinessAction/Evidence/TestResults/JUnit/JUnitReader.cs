using System.Xml;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.TestResults.JUnit;

/// <summary>
/// JUnit XML in its dialects (Surefire, Ant, jest-junit, pytest, gotestsum, PHPUnit, mocha, Bazel, Jenkins, tst):
/// a <c>testsuites</c>, <c>testsuite</c> or lone <c>testcase</c> root, suites nested to any depth.
/// Only the case records are kept; output, messages and stack traces are skipped unread.
/// </summary>
public sealed class JUnitReader() : XmlTestReader("junit", "testsuites", "testsuite", "testcase")
{
    protected override IReadOnlyList<TestCaseResult> ReadCases(XmlReader xml, string path, DiagnosticBag diagnostics)
    {
        var cases = new TestCaseTable();
        var names = new JUnitNames(xml.NameTable);
        var pool = new StringPool();
        var suites = new Stack<JUnitSuite>();
        var notYetChecked = 0;
        xml.MoveToContent();
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                var element = xml.LocalName;
                if (JUnitNames.Same(element, names.TestCase))
                {
                    JUnitCaseReader.Read(xml, suites.Count > 0 ? suites.Peek().Id : 0, cases, names, pool);
                }
                else if (JUnitNames.Same(element, names.TestSuite))
                {
                    var suite = JUnitSuite.Start(xml, cases);
                    if (xml.IsEmptyElement)
                    {
                        suite.End(cases.Count, path, diagnostics);
                    }
                    else
                    {
                        suites.Push(suite);
                    }

                    xml.Read();
                }
                else if (JUnitNames.Same(element, names.TestSuites))
                {
                    xml.Read();
                }
                else if (JUnitNames.Same(element, names.Error) && suites.Count > 0)
                {
                    suites.Peek().StartError(xml, cases, path, diagnostics);
                    xml.Skip();
                }
                else
                {
                    xml.Skip();
                }

                continue;
            }

            if (xml.NodeType == XmlNodeType.EndElement && JUnitNames.Same(xml.LocalName, names.TestSuite) && suites.Count > 0)
            {
                suites.Pop().End(cases.Count, path, diagnostics);
                if (suites.Count == 0)
                {
                    JUnitRetries.MarkFlaky(cases, notYetChecked);
                    notYetChecked = cases.Count;
                }
            }

            xml.Read();
        }

        JUnitRetries.MarkFlaky(cases, notYetChecked);
        return cases;
    }
}
