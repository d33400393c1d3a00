using ReadinessAction.Checklists;
using ReadinessAction.Claims;
using ReadinessAction.Configuration;
using ReadinessAction.Diagnostics;
using ReadinessAction.Evidence;
using ReadinessAction.Reporting;
using ReadinessAction.Verification;
using ReadinessAction.Workspace;

namespace ReadinessAction.Pipeline;

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
        var evidence = options.Coverage.Count + options.TestResults.Count + options.Findings.Count == 0 ? null
            : new EvidenceCollector().Collect(workspace, options.Coverage, options.TestResults, options.Findings);
        diagnostics.AddRange(evidence?.Diagnostics ?? []);
        var inputs = new VerificationInputs(RepositoryFactsReader.Read(workspace, diagnostics), evidence, options.Scopes, options.Policy) { Waivers = options.Ignore };
        ct.ThrowIfCancellationRequested();
        var judgements = ClaimVerifier.Judge(checklists, inputs);
        diagnostics.AddRange(UnusedWaivers.Find(checklists, judgements, options.Ignore));
        if (checklists.Count == 0)
        {
            return CheckOutcome.For(NotJudged(options, checklistPaths.Count, diagnostics));
        }

        var gate = GateDecider.Decide(judgements.Verdicts, [.. options.FailOn], options.BaseBranch, judgements.Waived.Count, options.Gate.SourceFor(options.BaseBranch));
        return CheckOutcome.For(ReportBuilder.Build(checklists, judgements.Verdicts, gate, diagnostics.Items, judgements.Waived));
    }

    private static ReadinessReport NotJudged(ReadinessOptions options, int found, DiagnosticBag diagnostics)
    {
        if (found == 0)
        {
            diagnostics.Error("no-checklist", $"no checklist matched {string.Join(", ", options.Checklists)} in {options.Workspace}");
        }

        var (reason, sentence) = found == 0
            ? (NotJudgedReasons.NoChecklist, $"No checklist matched {string.Join(" or ", options.Checklists)}, so nothing was judged.")
            : (NotJudgedReasons.NoReadableChecklist, found == 1
                ? "The checklist found could not be read, so nothing was judged."
                : $"None of the {found} checklists found could be read, so nothing was judged.");
        return ReportBuilder.NotJudged(reason, sentence, options.BaseBranch, [.. options.FailOn], diagnostics.Items);
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
