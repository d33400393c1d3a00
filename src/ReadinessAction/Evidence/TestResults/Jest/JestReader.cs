using System.Text.Json;

namespace ReadinessAction.Evidence.TestResults.Jest;

/// <summary>
/// Jest's own JSON (<c>jest --json --outputFile=...</c>), the aggregated results Jest prints as "Tests: ...".
/// pending, todo, skipped and disabled are skipped (Jest's summary shows todo apart; here it is not a pass).
/// A test file that failed to run (a syntax error, a missing module) lists no test: it is one error, as Jest
/// counts it among "Test Suites: 1 failed".
/// </summary>
public sealed class JestReader() : JsonTestReader("jest-json", "testResults", "\"numTotalTests\"", "\"numTotalTestSuites\"")
{
    private static readonly TestStatusTable Statuses = TestStatusTable.Of(passed: "passed", failed: "failed", skipped: "pending todo skipped disabled");

    protected override List<TestCaseResult>? ReadCases(Stream utf8, StringPool pool, ISet<string> unknown)
    {
        if (JsonSerializer.Deserialize(utf8, JestJsonContext.Default.JestReport)?.TestResults is not { } files)
        {
            return null;
        }

        var cases = new List<TestCaseResult>();
        foreach (var file in files)
        {
            var suite = pool.Share(file.Name);
            var assertions = file.AssertionResults ?? [];
            cases.AddRange(assertions.Select(a => new TestCaseResult(
                suite, suite, a.FullName ?? a.Title ?? "", Outcome(a.Status, Statuses, unknown), a.Duration / 1000.0, [])));
            if (assertions.Count == 0 && file.Status == "failed")
            {
                cases.Add(new TestCaseResult(suite, suite, "(test file failed to run)", TestOutcome.Error, null, []));
            }
        }

        return cases;
    }
}
