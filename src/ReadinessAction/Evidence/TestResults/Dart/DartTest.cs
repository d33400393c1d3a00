namespace ReadinessAction.Evidence.TestResults.Dart;

/// <summary>A test between its testStart and testDone events.</summary>
internal sealed class DartTest
{
    public DartTest(string name, long? suiteId, double? startMilliseconds)
    {
        Name = name;
        SuiteId = suiteId;
        StartMilliseconds = startMilliseconds;
    }

    public string Name { get; }

    public long? SuiteId { get; }

    public double? StartMilliseconds { get; }

    public double? EndMilliseconds { get; set; }

    public string? Result { get; set; }

    public bool? Skipped { get; set; }

    public bool? Hidden { get; set; }

    public TestCaseResult ToCase(string suite)
    {
        var outcome = Result switch
        {
            "success" when Skipped == true => TestOutcome.Skipped,
            "success" => TestOutcome.Passed,
            "failure" => TestOutcome.Failed,

            // "error", or no testDone at all: the test did not finish.
            _ => TestOutcome.Error,
        };
        var duration = StartMilliseconds is { } start && EndMilliseconds is { } end ? (end - start) / 1000.0 : (double?)null;
        return new TestCaseResult(suite, "", Name, outcome, duration, []);
    }
}
