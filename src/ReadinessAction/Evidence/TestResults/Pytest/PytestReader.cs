using System.Text.Json;

namespace ReadinessAction.Evidence.TestResults.Pytest;

/// <summary>
/// pytest-json-report (<c>pytest --json-report</c>). Outcomes as pytest's own JUnit XML counts them: xfailed is
/// skipped, xpassed passed, error (a fixture failing in setup or teardown) an error. A module that could not be
/// collected (an import error) is an error too: pytest counts it in its summary and exits non-zero.
/// </summary>
public sealed class PytestReader() : JsonTestReader("pytest-json", "a JSON object", "\"exitcode\"", "\"root\"", "\"created\"")
{
    private static readonly TestStatusTable Outcomes = TestStatusTable.Of(passed: "passed xpassed", failed: "failed", skipped: "skipped xfailed", errors: "error");

    protected override List<TestCaseResult>? ReadCases(Stream utf8, StringPool pool, ISet<string> unknown)
    {
        if (JsonSerializer.Deserialize(utf8, PytestJsonContext.Default.PytestReport) is not { } report)
        {
            return null;
        }

        var cases = (report.Tests ?? []).Select(t => ToCase(t, pool, unknown)).ToList();
        cases.AddRange((report.Collectors ?? [])
            .Where(c => c.Outcome == "failed")
            .Select(c => new TestCaseResult(pool.Share(c.Nodeid), pool.Share(c.Nodeid), "(collection)", TestOutcome.Error, null, [])));
        return cases;
    }

    private static TestCaseResult ToCase(PytestTest test, StringPool pool, ISet<string> unknown)
    {
        // "tests/test_x.py::TestClass::test_y[param]": the module is the suite, the rest names the test.
        var nodeid = test.Nodeid ?? "";
        var split = nodeid.IndexOf("::", StringComparison.Ordinal);
        var module = split > 0 ? nodeid[..split] : "";
        var name = split > 0 ? nodeid[(split + 2)..] : nodeid;
        var duration = (test.Setup?.Duration ?? 0) + (test.Call?.Duration ?? 0) + (test.Teardown?.Duration ?? 0);
        return new TestCaseResult(pool.Share(module), pool.Share(module), name, Outcome(test.Outcome, Outcomes, unknown), duration, []);
    }
}
