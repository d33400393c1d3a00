using ReadinessAction.Hosts.GitHubActions;
using ReadinessAction.Pipeline;
using ReadinessAction.Publishing;
using ReadinessAction.Reporting;
using ReadinessAction.Workspace;

namespace ReadinessAction.Hosts;

/// <summary>
/// The wiring every CI host shares once it knows its inputs and workspace: where the report goes, the publishing plan,
/// the judgement, and the host-neutral <see cref="PublishRun"/> over the host's log and review system.
/// </summary>
internal sealed class ActionPublication(ActionInputs inputs, string workspace, ActionRunnerServices services)
{
    public string ReportPath { get; } = Path.GetFullPath(inputs.Report, workspace);

    public PublishPlan Plan(ReportContext context, bool republish) =>
        new(
            context,
            Path.GetRelativePath(workspace, ReportPath).Replace('\\', '/'),
            inputs.Template is null ? null : Path.GetFullPath(inputs.Template, workspace),
            inputs.Comment,
            republish)
        {
            Files = new WorkspaceFileGuard(workspace),
        };

    public CheckOutcome Judge(string? targetBranch) => ActionJudgement.Run(inputs, workspace, targetBranch, services);

    /// <summary>Judges (or reloads), writes the report with <paramref name="saved"/>, and publishes it through the host.</summary>
    public Task<int> RunAsync(ICiLog log, IReviewSystem? review, PublishPlan plan, Func<CheckOutcome> produce, PublishContext? saved, CancellationToken ct) =>
        new PublishRun(log, review) { Limits = services.PublishLimits }.RunAsync(
            plan,
            produce,
            report => ReportFile.Write(workspace, ReportPath, report, saved),
            ct);
}
