using System.Text;

namespace ReadinessAction.Reporting;

/// <summary>The terminal report: the gate decision first, then contradicted claims, then the rest by checklist.</summary>
public static class TextReportRenderer
{
    private static readonly string[] Order = ["contradicted", "unmet", "unverifiable", "understated", "verified", "consistent", "met"];

    public static string Render(ReadinessReport report)
    {
        var text = new StringBuilder();
        var verdict = report.IsJudged ? report.Verdict.ToUpperInvariant() : "NOT JUDGED";
        text.AppendLine($"readiness: {verdict} — {report.Gate.Reason}");
        var s = report.Summary;
        var consistent = report.Claims.Count(IsConsistent);
        var verified = consistent == 0 ? $"{s.Verified} verified" : $"{Math.Max(0, s.Verified - consistent)} verified, {consistent} consistent within the document";
        text.AppendLine($"claims: {verified}, {s.Contradicted} contradicted, {s.Unverifiable} unverifiable, {s.Understated} understated, {s.Met} met, {s.Unmet} unmet{(s.Waived > 0 ? $"; {s.Waived} waived (not judged)" : "")}");
        foreach (var checklist in report.Checklists)
        {
            text.AppendLine($"checklist {checklist.Path}: {checklist.Checked} of {checklist.Items} items checked");
        }

        var contradicted = report.Claims.Where(c => c.Status == "contradicted").ToList();
        if (contradicted.Count > 0)
        {
            text.AppendLine().AppendLine("Contradicted:");
            contradicted.ForEach(c => AppendClaim(text, c));
        }

        foreach (var group in report.Claims.Where(c => c.Status != "contradicted").GroupBy(c => c.Path))
        {
            text.AppendLine().AppendLine($"{group.Key}:");
            foreach (var claim in group.OrderBy(c => Array.IndexOf(Order, Shown(c))).ThenBy(c => c.Line))
            {
                AppendClaim(text, claim);
            }
        }

        if (report.Waived.Count > 0)
        {
            text.AppendLine().AppendLine($"Waived ({report.Waived.Count}, accepted without proof: not judged, never gating):");
            foreach (var waived in report.Waived)
            {
                text.AppendLine($"  {waived.Path}:{waived.Line}  {"waived",-12} {waived.Kind,-18} {waived.Text}");
                text.AppendLine($"      {waived.Reason ?? "no reason given"} — waived at {waived.WaivedBy}");
            }
        }

        if (report.Diagnostics.Count > 0)
        {
            text.AppendLine().AppendLine("Diagnostics:");
            foreach (var d in report.Diagnostics)
            {
                var where = d.Path is null ? "" : d.Line is null ? $"{d.Path}: " : $"{d.Path}:{d.Line}: ";
                text.AppendLine($"  {where}{d.Severity} {d.Code}: {d.Message}");
            }
        }

        return text.ToString();
    }

    private static void AppendClaim(StringBuilder text, ClaimReport claim)
    {
        var versus = claim.Measured is null ? $"claimed {claim.Claimed}" : $"claimed {claim.Claimed}, measured {claim.Measured}";
        text.AppendLine($"  {claim.Path}:{claim.Line}  {Shown(claim),-12} {claim.Kind,-18} {claim.Text}");
        text.AppendLine($"      {versus} — {BasisWording.Prefix(claim.Basis)}{claim.Evidence}");
    }

    /// <summary>The status as a reader should take it: verified on the document alone is only consistent.</summary>
    private static string Shown(ClaimReport claim) => IsConsistent(claim) ? "consistent" : claim.Status;

    private static bool IsConsistent(ClaimReport claim) => BasisWording.IsConsistentOnly(claim.Status, claim.Basis);
}
