using System.Xml;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.TestResults.JUnit;

/// <summary>An open <c>testsuite</c>: its name for the cases inside and what its header declares, to flag empty suites.</summary>
internal sealed class JUnitSuite
{
    private readonly int _firstCase;
    private readonly int? _declaredTests;
    private readonly int? _line;

    private JUnitSuite(string name, int id, int firstCase, int? declaredTests, int? line)
    {
        Name = name;
        Id = id;
        _firstCase = firstCase;
        _declaredTests = declaredTests;
        _line = line;
    }

    public string Name { get; }

    /// <summary>The name's id in the table of cases.</summary>
    public int Id { get; }

    public static JUnitSuite Start(XmlReader xml, TestCaseTable cases)
    {
        var name = xml.GetAttribute("name") ?? "";
        return new(name, cases.IdOf(name), cases.Count,
            XmlNumbers.ParseInt(xml.GetAttribute("tests")),
            (xml as IXmlLineInfo)?.LineNumber);
    }

    /// <summary>
    /// An <c>error</c> directly in a suite: Ant writes one when the test class fails to load or its class set-up throws, and
    /// no test of the suite runs. It is one errored test (named <c>&lt;init&gt;</c>, as the Jenkins JUnit plugin names
    /// it), so a suite that never started is not read as a suite with no tests.
    /// </summary>
    public void StartError(XmlReader xml, TestCaseTable cases, string path, DiagnosticBag diagnostics)
    {
        var name = Name.Length > 0 ? $"suite '{Name}'" : "a suite";
        diagnostics.Info("suite-error", $"{name} reports an error outside its test cases (it failed to start); counted as one errored test", path, (xml as IXmlLineInfo)?.LineNumber);
        cases.Add(Id, Id, "<init>", TestOutcome.Error, null, null, false);
    }

    /// <summary>A header that declares tests but lists none is not evidence of those tests: we count entries, and say so.</summary>
    public void End(int casesSoFar, string path, DiagnosticBag diagnostics)
    {
        if (casesSoFar == _firstCase && _declaredTests > 0)
        {
            var name = Name.Length > 0 ? $"suite '{Name}'" : "a suite";
            diagnostics.Warning("suite-without-cases", $"{name} declares {_declaredTests} tests but lists no test case; only listed cases are counted", path, _line);
        }
    }
}
