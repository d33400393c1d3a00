namespace ReadinessAction.Reporting;

/// <summary>The three verdicts of a report (<c>verdict</c>, <c>gate.verdict</c>, the Action's <c>verdict</c> output).</summary>
public static class ReportVerdicts
{
    public const string Pass = "pass";
    public const string Fail = "fail";

    /// <summary>Nothing was judged; <see cref="ReadinessReport.NotJudgedReason"/> says why. Never a success.</summary>
    public const string NotJudged = "not-judged";
}
