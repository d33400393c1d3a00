using ReadinessAction.Pipeline;

namespace ReadinessAction.Publishing;

/// <summary>The status a run ends with: success or failure for a judged gate, error for anything not judged.</summary>
public static class FinalStatus
{
    public const string PendingDescription = "Checking the readiness checklists…";

    public const string CrashDescription = "readiness crashed; see the run log";

    public const string CancelledDescription = "Cancelled before the readiness check finished";

    public static (StatusState State, string Description) For(CheckOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var s = outcome.Report.Summary;
        return outcome.ExitCode switch
        {
            ExitCodes.Pass => (StatusState.Success, s.Contradicted == 0
                ? $"{Claims(s.Verified)} verified, none contradicted"
                : $"{Claims(s.Contradicted)} contradicted (allowed here), {s.Verified} verified"),
            ExitCodes.Fail => (StatusState.Failure, $"{Claims(s.Contradicted)} contradicted, {s.Verified} verified"),
            _ => (StatusState.Error, outcome.Report.Gate.Reason),
        };
    }

    private static string Claims(int n) => n == 1 ? "1 claim" : $"{n} claims";
}
