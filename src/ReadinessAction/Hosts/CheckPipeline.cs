using ReadinessAction.Configuration;
using ReadinessAction.Diagnostics;
using ReadinessAction.Reporting;
using ReadinessAction.Workspace;

namespace ReadinessAction.Hosts;

/// <summary>The whole judgement, one line a stage. Hosts (CLI, GitHub Actions, Azure Pipelines) call this.</summary>
public static class CheckPipeline
{
    public static CheckOutcome Run(ReadinessOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var finder = new WorkspaceFileFinder(options.Workspace);
        var checklistPaths = finder.Find(options.Checklists.Select(GlobPattern.Parse));
        if (checklistPaths.Count == 0)
        {
            diagnostics.Error("no-checklist", $"no checklist matched {string.Join(", ", options.Checklists)} in {options.Workspace}");
        }

        var report = new ReadinessReport(
            "pass",
            new GateReport("pass", "No claim was judged.", options.BaseBranch, ["contradicted"]),
            [.. checklistPaths.Select(p => new ChecklistReport(p, 0, 0))],
            [],
            new StatusSummary(0, 0, 0, 0, 0, 0),
            [.. diagnostics.Items.Select(d => new DiagnosticReport(d.Severity.ToString().ToLowerInvariant(), d.Code, d.Message, d.Path, d.Line))]);
        return new CheckOutcome(report, checklistPaths.Count == 0 ? ExitCodes.NotJudged : ExitCodes.Pass);
    }
}
