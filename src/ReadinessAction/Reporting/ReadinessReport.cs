using System.Text.Json.Serialization;

namespace ReadinessAction.Reporting;

/// <summary>
/// The machine-readable report (JSON contract, camelCase). Hosts publish it; templates render it.
/// Fields may be added, never renamed. Verdict is one of <see cref="ReportVerdicts"/>; NotJudgedReason (one of
/// <see cref="NotJudgedReasons"/>) is written only when nothing was judged.
/// </summary>
public sealed record ReadinessReport(
    string Verdict,
    GateReport Gate,
    IReadOnlyList<ChecklistReport> Checklists,
    IReadOnlyList<ClaimReport> Claims,
    StatusSummary Summary,
    IReadOnlyList<DiagnosticReport> Diagnostics,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? NotJudgedReason = null)
{
    /// <summary>A pass or a fail that both verdicts agree on; anything else is reported and published as not judged.</summary>
    public bool IsJudged => NotJudgedReason is null && Verdict is ReportVerdicts.Pass or ReportVerdicts.Fail && Gate.Verdict == Verdict;
}

/// <summary>The gate decision: Reason is one sentence a release manager can read.</summary>
public sealed record GateReport(string Verdict, string Reason, string? Branch, IReadOnlyList<string> FailOn);

public sealed record ChecklistReport(string Path, int Items, int Checked);

public sealed record ClaimReport(
    string Path,
    int Line,
    string Kind,
    bool Asserted,
    string Text,
    string Status,
    string? Claimed,
    string? Measured,
    string? Evidence,
    string? Section);

public sealed record StatusSummary(int Verified, int Contradicted, int Unverifiable, int Understated, int Met, int Unmet);

public sealed record DiagnosticReport(string Severity, string Code, string Message, string? Path, int? Line);
