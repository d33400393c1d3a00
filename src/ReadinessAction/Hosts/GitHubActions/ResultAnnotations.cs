using ReadinessAction.Reporting;

namespace ReadinessAction.Hosts.GitHubActions;

/// <summary>Annotations on the checklist lines: an error per contradicted claim, a warning per file diagnostic.</summary>
internal static class ResultAnnotations
{
    public static void Write(ReadinessReport report, WorkflowCommands commands)
    {
        foreach (var claim in report.Claims.Where(c => c.Status == "contradicted"))
        {
            var numbers = claim.Claimed is null ? "" : $" (claimed {claim.Claimed}, measured {claim.Measured ?? "nothing"})";
            var evidence = claim.Evidence is null ? "" : $": {claim.Evidence}";
            commands.Error($"{claim.Text.Trim()}{numbers}{evidence}", claim.Path, claim.Line, "Readiness claim contradicted");
        }

        foreach (var d in report.Diagnostics.Where(d => d.Path is not null && d.Severity != "info"))
        {
            commands.Warning(d.Message, d.Path, d.Line, d.Code);
        }
    }
}
