using ReadinessAction.Reporting;

namespace ReadinessAction.Hosts.GitHubActions;

/// <summary>Annotations on the checklist lines: an error per contradicted claim, a warning per file diagnostic.</summary>
internal static class ResultAnnotations
{
    public static void Write(ReadinessReport report, WorkflowCommands commands)
    {
        foreach (var claim in report.Claims.Where(c => c.Status == "contradicted"))
        {
            var measured = claim.Measured is null ? "" : $": measured {claim.Measured}";
            var claimed = claim.Claimed is null ? claim.Text : $"claims {claim.Claimed}";
            commands.Error($"{claimed}{measured}{(claim.Evidence is null ? "" : $" ({claim.Evidence})")}", claim.Path, claim.Line, "Readiness claim contradicted");
        }

        foreach (var d in report.Diagnostics.Where(d => d.Path is not null && d.Severity != "info"))
        {
            commands.Warning(d.Message, d.Path, d.Line, d.Code);
        }
    }
}
