using ReadinessAction.Claims;
using ReadinessAction.Diagnostics;
using ReadinessAction.Verification;

namespace ReadinessAction.Reporting;

/// <summary>Verdicts, checklists and diagnostics → the report contract. Pure.</summary>
public static class ReportBuilder
{
    public static ReadinessReport Build(
        IReadOnlyList<ChecklistClaims> checklists,
        IReadOnlyList<Verdict> verdicts,
        GateDecision gate,
        IReadOnlyList<Diagnostic> diagnostics,
        IReadOnlyList<WaivedClaim>? waived = null)
    {
        var verdict = gate.Passes ? ReportVerdicts.Pass : ReportVerdicts.Fail;
        waived ??= [];
        return new ReadinessReport(
            verdict,
            new GateReport(verdict, gate.Reason, gate.Branch, [.. gate.FailOn.Select(StatusNames.Of)]),
            [.. checklists.Select(c => new ChecklistReport(c.Document.Path, c.Document.Items.Count, c.Document.Items.Count(i => i.IsChecked)))],
            [.. verdicts.Select(ToClaimReport)],
            Summarize(verdicts) with { Waived = waived.Count },
            [.. diagnostics.Select(ToDiagnosticReport)])
        {
            Waived = [.. waived.Select(ToWaivedReport)],
        };
    }

    /// <summary>A report that judged nothing: no checklists, no claims, <paramref name="sentence"/> as the gate's reason.</summary>
    public static ReadinessReport NotJudged(string reason, string sentence, string? branch, IReadOnlyCollection<ClaimStatus> failOn, IReadOnlyList<Diagnostic> diagnostics) => new(
        ReportVerdicts.NotJudged,
        new GateReport(ReportVerdicts.NotJudged, sentence, branch, [.. failOn.Select(StatusNames.Of)]),
        [],
        [],
        Summarize([]),
        [.. diagnostics.Select(ToDiagnosticReport)],
        reason);

    public static StatusSummary Summarize(IReadOnlyList<Verdict> verdicts)
    {
        int Count(ClaimStatus s) => verdicts.Count(v => v.Status == s);
        return new StatusSummary(
            Count(ClaimStatus.Verified),
            Count(ClaimStatus.Contradicted),
            Count(ClaimStatus.Unverifiable),
            Count(ClaimStatus.Understated),
            Count(ClaimStatus.Met),
            Count(ClaimStatus.Unmet));
    }

    private static DiagnosticReport ToDiagnosticReport(Diagnostic d) =>
        new(d.Severity.ToString().ToLowerInvariant(), d.Code, d.Message, d.Path, d.Line);

    private static ClaimReport ToClaimReport(Verdict verdict)
    {
        var claim = verdict.Claim;
        return new ClaimReport(
            claim.Path,
            claim.Line,
            StatusNames.Of(claim.Kind),
            claim.Asserted,
            Quote(claim),
            StatusNames.Of(verdict.Status),
            claim.Claimed,
            verdict.Measured,
            verdict.Evidence,
            claim.Section.Level == 0 ? null : claim.Section.Title,
            StatusNames.Of(verdict.Basis));
    }

    private static WaivedClaimReport ToWaivedReport(WaivedClaim waived)
    {
        var claim = waived.Claim;
        return new WaivedClaimReport(
            claim.Path,
            claim.Line,
            StatusNames.Of(claim.Kind),
            claim.Asserted,
            Quote(claim),
            claim.Claimed,
            claim.Section.Level == 0 ? null : claim.Section.Title,
            waived.Reason,
            waived.WaivedBy);
    }

    /// <summary>The claim's line, or ~1,000 characters of it around the claim: a report stays proportional to its claims.</summary>
    private static string Quote(Claim claim)
    {
        const int max = 1_000;
        var text = claim.Text;
        if (text.Length <= max)
        {
            return text;
        }

        var start = Math.Clamp(claim.SpanStart - (max / 4), 0, text.Length - max);
        return string.Concat(start > 0 ? "…" : "", text.AsSpan(start, max), start + max < text.Length ? "…" : "");
    }
}
