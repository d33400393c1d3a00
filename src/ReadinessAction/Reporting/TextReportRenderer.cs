using System.Text;

namespace ReadinessAction.Reporting;

/// <summary>The terminal report: the gate decision first, then contradicted claims, then the rest by checklist.</summary>
public static class TextReportRenderer
{
    private static readonly string[] Order = ["contradicted", "unmet", "unverifiable", "understated", "verified", "met"];

    public static string Render(ReadinessReport report)
    {
        var text = new StringBuilder();
        var verdict = report.IsJudged ? report.Verdict.ToUpperInvariant() : "NOT JUDGED";
        text.AppendLine($"readiness: {verdict} — {report.Gate.Reason}");
        var s = report.Summary;
        text.AppendLine($"claims: {s.Verified} verified, {s.Contradicted} contradicted, {s.Unverifiable} unverifiable, {s.Understated} understated, {s.Met} met, {s.Unmet} unmet");
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
            foreach (var claim in group.OrderBy(c => Array.IndexOf(Order, c.Status)).ThenBy(c => c.Line))
            {
                AppendClaim(text, claim);
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
        text.AppendLine($"  {claim.Path}:{claim.Line}  {claim.Status,-12} {claim.Kind,-18} {claim.Text}");
        text.AppendLine($"      {versus} — {claim.Evidence}");
    }
}
