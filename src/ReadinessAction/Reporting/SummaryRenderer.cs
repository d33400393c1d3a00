using System.Globalization;
using System.Text;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Reporting;

/// <summary>The Markdown job summary: verdict, counts, and the contradicted claims with their source lines.</summary>
public sealed class SummaryRenderer
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "instance API agreed with the template renderer")]
    public string Render(ReadinessReport report, ReportContext context, string? userTemplatePath, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (userTemplatePath is not null)
        {
            diagnostics.Warning("template-ignored", "this build renders the default summary only", userTemplatePath);
        }

        var s = report.Summary;
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"## Readiness: {report.Verdict}")
            .AppendLine()
            .AppendLine(report.Gate.Reason)
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{s.Contradicted} contradicted, {s.Verified} verified, {s.Unverifiable} unverifiable.");
        var contradicted = report.Claims.Where(c => c.Status == "contradicted").ToList();
        if (contradicted.Count > 0)
        {
            text.AppendLine().AppendLine("| Claim | Where | Claimed | Measured |").AppendLine("|---|---|---|---|");
            foreach (var c in contradicted)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(c.Text)} | `{c.Path}:{c.Line}` | {Cell(c.Claimed)} | {Cell(c.Measured)} |");
            }
        }

        if (context.RunUrl is not null)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"[Run]({context.RunUrl})");
        }

        return text.ToString();
    }

    private static string Cell(string? value) => (value ?? "").Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
