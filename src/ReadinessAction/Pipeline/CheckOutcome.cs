using ReadinessAction.Reporting;

namespace ReadinessAction.Pipeline;

/// <summary>The report of a run and the exit code it implies (see <see cref="ExitCodes"/>).</summary>
public sealed record CheckOutcome(ReadinessReport Report, int ExitCode)
{
    /// <summary>0 only for a judged pass, 1 for a fail; anything else (not judged, an unknown verdict) is 2.</summary>
    public static CheckOutcome For(ReadinessReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var exitCode = !report.IsJudged ? ExitCodes.NotJudged : report.Verdict == ReportVerdicts.Pass ? ExitCodes.Pass : ExitCodes.Fail;
        return new CheckOutcome(report, exitCode);
    }
}
