using System.Text.Json;

namespace ReadinessAction.Evidence.TestResults.RSpec;

/// <summary>
/// RSpec's JSON formatter (<c>rspec --format json</c>): every example with status passed, failed or pending
/// (skipped). Errors outside of examples (a spec file that does not load) are errors: RSpec's own summary line
/// says "1 error occurred outside of examples" and exits non-zero, so they must not read as a green run.
/// </summary>
public sealed class RSpecReader() : JsonTestReader("rspec-json", "an examples list", "\"examples\"")
{
    private static readonly TestStatusTable Statuses = TestStatusTable.Of(passed: "passed", failed: "failed", skipped: "pending");

    public override bool CanRead(ArtifactSniff sniff) =>
        base.CanRead(sniff)
        && (sniff.Head.Contains("\"full_description\"", StringComparison.Ordinal) || sniff.Head.Contains("\"example_count\"", StringComparison.Ordinal));

    protected override List<TestCaseResult>? ReadCases(Stream utf8, StringPool pool, ISet<string> unknown)
    {
        var report = JsonSerializer.Deserialize(utf8, RSpecJsonContext.Default.RSpecReport);
        if (report?.Examples is not { } examples)
        {
            return null;
        }

        var cases = examples.Select(e => new TestCaseResult(
            pool.Share(e.FilePath), pool.Share(e.FilePath), e.FullDescription ?? e.Id ?? "", Outcome(e.Status, Statuses, unknown), e.RunTime, [])).ToList();
        for (var i = 0; i < (report.Summary?.ErrorsOutsideOfExamples ?? 0); i++)
        {
            cases.Add(new TestCaseResult("", "", "", TestOutcome.Error, null, []));
        }

        return cases;
    }
}
