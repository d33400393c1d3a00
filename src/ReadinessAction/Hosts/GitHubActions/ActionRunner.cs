using ReadinessAction.Diagnostics;
using ReadinessAction.Hosts.GitHubActions.Api;
using ReadinessAction.Hosts.Http;
using ReadinessAction.Pipeline;
using ReadinessAction.Publishing;
using ReadinessAction.Reporting;

namespace ReadinessAction.Hosts.GitHubActions;

/// <summary>
/// <c>readiness action</c>: reads the inputs, the environment and the event, then runs the host-neutral
/// <see cref="PublishRun"/> over the GitHub Actions log and, when it may publish, GitHub as the review system.
/// </summary>
public sealed class ActionRunner(ActionRunnerServices services)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var inputs = ActionInputs.Read(Variable);
        var commands = new WorkflowCommands(services.Stdout);
        if (inputs.Token is not null)
        {
            commands.AddMask(inputs.Token);
        }

        var environment = GitHubEnvironment.Read(Variable);
        var publication = new ActionPublication(inputs, environment.Workspace, services);
        var reportPath = publication.ReportPath;
        var context = EventPayloadReader.Read(environment.EventName, environment.EventPath);
        var saved = inputs.Mode == ActionMode.Publish ? ReportFile.ReadContext(environment.Workspace, reportPath) : null;
        var target = inputs.Mode == ActionMode.ReportOnly && environment.Repository is null
            ? null
            : PublishTargetResolver.Resolve(inputs, environment, context, saved);

        var log = new GitHubCiLog(commands, new GitHubFiles(environment.OutputPath, environment.SummaryPath));
        using var client = CreateClient(inputs, environment, log);
        var review = client is null || target is null ? null : new GitHubReviewSystem(client, target, inputs.StatusContext, new SecretScrubber(inputs.Token), TokenIsReadOnly(inputs, context));
        var plan = publication.Plan(new ReportContext(environment.RepositoryUrl, target?.Sha, target?.RunUrl, inputs.StatusContext), inputs.Mode == ActionMode.Publish);
        return await publication.RunAsync(
            log,
            review,
            plan,
            () => plan.Republish ? Reload(environment.Workspace, reportPath) : publication.Judge(context.BaseRef ?? environment.BaseRef),
            SavedContext(environment, context, target),
            ct).ConfigureAwait(false);
    }

    // GitHub gives a pull_request run from a fork, or by Dependabot, a read-only GITHUB_TOKEN; a 403 anywhere else is
    // a missing permission.
    private bool TokenIsReadOnly(ActionInputs inputs, EventContext context) =>
        inputs.Mode != ActionMode.Publish && context.EventName == "pull_request"
        && (context.IsFork || Variable("GITHUB_ACTOR") == "dependabot[bot]");

    private string? Variable(string name) => services.Environment.GetValueOrDefault(name);

    private GitHubClient? CreateClient(ActionInputs inputs, GitHubEnvironment environment, GitHubCiLog log)
    {
        if (inputs.Mode == ActionMode.ReportOnly)
        {
            return null;
        }

        if (inputs.Token is null)
        {
            if (inputs.Mode == ActionMode.Publish)
            {
                throw new ReadinessUsageException("mode publish needs input 'token'");
            }

            log.Annotate(AnnotationLevel.Warning, "Input 'token' is empty: nothing is published to GitHub; the report is in the job summary.");
            return null;
        }

        return new GitHubClient(services.TuneClient(new GitHubClientOptions { ApiUrl = environment.ApiUrl, Token = inputs.Token }));
    }

    // The pull request and commit a later publish-mode run posts this report on (the fork recipe).
    private static PublishContext? SavedContext(GitHubEnvironment environment, EventContext context, PublishTarget? target) =>
        context.IsPullRequest
            ? new PublishContext(environment.Repository, target?.PullRequest ?? context.PullRequestNumber, target?.Sha ?? context.HeadSha, context.BaseRef, environment.RunUrl)
            : null;

    private static CheckOutcome Reload(string workspace, string reportPath)
    {
        var report = ReportFile.Read(workspace, reportPath);

        // Older versions wrote "pass" for a run that found no checklist: never post that as a success.
        return CheckOutcome.For(report.Verdict == ReportVerdicts.Pass && report.Checklists.Count == 0
            ? report with
            {
                Verdict = ReportVerdicts.NotJudged,
                Gate = report.Gate with { Verdict = ReportVerdicts.NotJudged, Reason = "The report judged no checklist, so nothing was judged." },
                NotJudgedReason = NotJudgedReasons.NoChecklist,
            }
            : report);
    }
}
