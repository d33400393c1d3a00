using ReadinessAction.Checklists;
using ReadinessAction.Claims;
using ReadinessAction.Configuration;
using ReadinessAction.Diagnostics;
using ReadinessAction.Evidence;
using ReadinessAction.Reporting;
using ReadinessAction.Verification;
using ReadinessAction.Workspace;

namespace ReadinessAction.Hosts;

/// <summary>The whole judgement, one line a stage. Hosts (CLI, GitHub Actions, Azure Pipelines) call this.</summary>
public static class CheckPipeline
{
    /// <param name="ct">Cancelled by SIGTERM or Ctrl+C: checked between stages and between checklists.</param>
    public static CheckOutcome Run(ReadinessOptions options, CancellationToken ct = default)
    {
        var diagnostics = new DiagnosticBag();
        var workspace = WorkspaceRoot.Open(options.Workspace);
        var files = new WorkspaceFileGuard(workspace);
        var checklistPaths = new WorkspaceFileFinder(workspace).Find(WorkspaceRoot.ParseGlobs(options.Checklists, "checklist"));
        var checklists = checklistPaths.Select(p => ReadChecklist(files, p, diagnostics, ct)).OfType<ChecklistDocument>()
            .Select(d => new ChecklistClaims(d, ClaimExtractor.CreateDefault().Extract(d, diagnostics))).ToList();
        ct.ThrowIfCancellationRequested();
        var evidence = options.Coverage.Count + options.TestResults.Count == 0 ? null
            : new EvidenceCollector().Collect(workspace, options.Coverage, options.TestResults);
        diagnostics.AddRange(evidence?.Diagnostics ?? []);
        var inputs = new VerificationInputs(RepositoryFactsReader.Read(workspace, diagnostics), evidence, options.Scopes, options.Policy);
        ct.ThrowIfCancellationRequested();
        var verdicts = ClaimVerifier.Verify(checklists, inputs);
        var gate = GateDecider.Decide(verdicts, [.. options.FailOn], options.BaseBranch);
        if (checklistPaths.Count == 0)
        {
            diagnostics.Error("no-checklist", $"no checklist matched {string.Join(", ", options.Checklists)} in {options.Workspace}");
        }

        var report = ReportBuilder.Build(checklists, verdicts, gate, diagnostics.Items);
        var exitCode = checklists.Count == 0 ? ExitCodes.NotJudged : gate.Passes ? ExitCodes.Pass : ExitCodes.Fail;
        return new CheckOutcome(report, exitCode);
    }

    private static ChecklistDocument? ReadChecklist(WorkspaceFileGuard files, string relativePath, DiagnosticBag diagnostics, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        try
        {
            return ChecklistLoader.Parse(files.ReadAllBytes(relativePath, ChecklistLoader.MaxBytes), relativePath, diagnostics);
        }
        catch (WorkspaceFileException e) when (e.TooLarge)
        {
            diagnostics.Error("checklist-too-large", $"checklists over {ChecklistLoader.MaxBytes / (1024 * 1024)} MB are not read", relativePath);
            return null;
        }
        catch (WorkspaceFileException e)
        {
            diagnostics.Error("checklist-unreadable", $"the file {e.Rule}", relativePath);
            return null;
        }
    }
}
