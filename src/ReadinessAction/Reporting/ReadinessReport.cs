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
    private readonly IReadOnlyList<WaivedClaimReport>? _waived;

    /// <summary>Claims waived (inline marker or <c>ignore:</c>) instead of judged: listed, counted, never gating.</summary>
    /// <remarks>Empty, never null, for a report written before waivers existed (the source generator sets what is missing to null).</remarks>
    public IReadOnlyList<WaivedClaimReport> Waived
    {
        get => _waived ?? [];
        init => _waived = value;
    }

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
    string? Section,
    string? Basis = null);

/// <summary>How many claims have each status; Waived counts the claims waived instead of judged (they have no status).</summary>
public sealed record StatusSummary(int Verified, int Contradicted, int Unverifiable, int Understated, int Met, int Unmet, int Waived = 0);

/// <summary>A waived claim: where it is, what it says, and the waiver (reason may be null for an inline marker).</summary>
public sealed record WaivedClaimReport(string Path, int Line, string Kind, bool Asserted, string Text, string? Claimed, string? Section, string? Reason, string WaivedBy);

public sealed record DiagnosticReport(string Severity, string Code, string Message, string? Path, int? Line);
