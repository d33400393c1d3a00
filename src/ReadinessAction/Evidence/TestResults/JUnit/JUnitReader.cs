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
    protected override List<TestCaseResult> ReadCases(XmlReader xml, string path, DiagnosticBag diagnostics)
    {
        var cases = new List<TestCaseResult>();
        var pool = new StringPool();
        var suites = new Stack<JUnitSuite>();
        var notYetChecked = 0;
        xml.MoveToContent();
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                switch (xml.LocalName)
                {
                    case "testsuites":
                        xml.Read();
                        continue;
                    case "testsuite":
                        var suite = JUnitSuite.Start(xml, pool, cases.Count);
                        if (xml.IsEmptyElement)
                        {
                            suite.End(cases.Count, path, diagnostics);
                        }
                        else
                        {
                            suites.Push(suite);
                        }

                        xml.Read();
                        continue;
                    case "error" when suites.Count > 0:
                        cases.Add(suites.Peek().StartError(xml, path, diagnostics));
                        xml.Skip();
                        continue;
                    case "testcase":
                        cases.Add(JUnitCaseReader.Read(xml, suites.Count > 0 ? suites.Peek().Name : "", pool));
                        continue;
                    default:
                        xml.Skip();
                        continue;
                }
            }

            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "testsuite" && suites.Count > 0)
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
