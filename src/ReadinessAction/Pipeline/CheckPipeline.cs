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
    public static CheckOutcome Run(ReadinessOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var workspace = WorkspaceRoot.Open(options.Workspace);
        var checklistPaths = new WorkspaceFileFinder(workspace).Find(WorkspaceRoot.ParseGlobs(options.Checklists, "checklist"));
        var checklists = checklistPaths.Select(p => ReadChecklist(workspace, p, diagnostics)).OfType<ChecklistDocument>()
            .Select(d => new ChecklistClaims(d, ClaimExtractor.CreateDefault().Extract(d))).ToList();
        var evidence = options.Coverage.Count + options.TestResults.Count + options.Findings.Count == 0 ? null
            : new EvidenceCollector().Collect(workspace, options.Coverage, options.TestResults, options.Findings);
        diagnostics.AddRange(evidence?.Diagnostics ?? []);
        var inputs = new VerificationInputs(RepositoryFactsReader.Read(workspace), evidence, options.Scopes, options.Policy);
        var verdicts = ClaimVerifier.Verify(checklists, inputs);
        if (checklists.Count == 0)
        {
            return CheckOutcome.For(NotJudged(options, checklistPaths.Count, diagnostics));
        }

        var gate = GateDecider.Decide(verdicts, [.. options.FailOn], options.BaseBranch);
        return CheckOutcome.For(ReportBuilder.Build(checklists, verdicts, gate, diagnostics.Items));
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

    private static ChecklistDocument? ReadChecklist(string workspace, string relativePath, DiagnosticBag diagnostics)
    {
        var file = new FileInfo(Path.Combine(workspace, relativePath));
        if (file.Length > ChecklistLoader.MaxBytes)
        {
            diagnostics.Error("checklist-too-large", $"the file is {file.Length / (1024 * 1024)} MB; checklists over {ChecklistLoader.MaxBytes / (1024 * 1024)} MB are not read", relativePath);
            return null;
        }

        try
        {
            return ChecklistLoader.Parse(File.ReadAllBytes(file.FullName), relativePath, diagnostics);
        }
        catch (IOException e)
        {
            diagnostics.Error("checklist-unreadable", $"the file could not be read: {e.Message}", relativePath);
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            diagnostics.Error("checklist-unreadable", "the file could not be read: permission denied", relativePath);
            return null;
        }
    }
}
