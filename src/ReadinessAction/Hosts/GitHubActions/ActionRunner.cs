using System.Globalization;

using ReadinessAction.Configuration;
using ReadinessAction.Diagnostics;
using ReadinessAction.Hosts.GitHubActions.Api;
using ReadinessAction.Reporting;
using ReadinessAction.Workspace;

namespace ReadinessAction.Hosts.GitHubActions;

/// <summary>
/// <c>readiness action</c>: judge (or load a report), write the report, summary, annotations and outputs, then publish
/// the comment and the commit status. Files first, so nothing is lost when GitHub refuses or fails.
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
        var reportPath = Path.GetFullPath(inputs.Report, environment.Workspace);
        var context = EventPayloadReader.Read(environment.EventName, environment.EventPath);
        var saved = inputs.Mode == ActionMode.Publish ? ReportFile.ReadContext(environment.Workspace, reportPath) : null;
        var target = inputs.Mode == ActionMode.ReportOnly && environment.Repository is null
            ? null
            : PublishTargetResolver.Resolve(inputs, environment, context, saved);

        using var client = CreateClient(inputs, environment, commands);
        var publisher = client is null || target is null ? null : new GitHubPublisher(client, target, inputs.StatusContext, commands);
        try
        {
            if (publisher is not null && inputs.Mode != ActionMode.Publish)
            {
                await publisher.SetStatusAsync(CommitState.Pending, "Checking the readiness checklists…", ct).ConfigureAwait(false);
            }

            var outcome = inputs.Mode == ActionMode.Publish ? Reload(environment.Workspace, reportPath) : services.Judge(Options(inputs, environment, context));
            ct.ThrowIfCancellationRequested();
            var reportContext = new ReportContext(environment.RepositoryUrl, target?.Sha, target?.RunUrl, inputs.StatusContext);
            var files = new GitHubFiles(environment.OutputPath, environment.SummaryPath);
            var diagnostics = new DiagnosticBag();
            WriteResults(outcome.Report, inputs, environment, context, target, reportPath, files, commands, reportContext, diagnostics);

            var commentUrl = publisher is not null && inputs.Comment
                ? await publisher.CommentAsync(new CommentBodyBuilder(new WorkspaceFileGuard(environment.Workspace)).Build(outcome.Report, reportContext, Template(inputs, environment), diagnostics), ct).ConfigureAwait(false)
                : null;
            files.SetOutput("comment_url", commentUrl ?? "");
            if (publisher is not null)
            {
                var (state, description) = FinalStatus(outcome);
                await publisher.SetStatusAsync(state, description, ct).ConfigureAwait(false);
            }

            foreach (var d in diagnostics.Items)
            {
                commands.Warning(d.Message, d.Path, d.Line, d.Code);
            }

            return publisher?.Failed == true && outcome.ExitCode == ExitCodes.Pass ? ExitCodes.NotJudged : outcome.ExitCode;
        }
        catch (OperationCanceledException) when (publisher is not null && ct.IsCancellationRequested)
        {
            // The job was cancelled (SIGTERM): one short last try, so the check is not left pending.
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(8));
            await publisher.SetStatusAsync(CommitState.Error, "Cancelled before the readiness check finished", grace.Token).ConfigureAwait(false);
            throw;
        }
        catch (Exception e) when (publisher is not null && e is not OperationCanceledException)
        {
            // A missing final status would leave the pull request pending forever: say "error" before failing.
            var description = e is ReadinessUsageException ? e.Message : "readiness crashed; see the run log";
            await publisher.SetStatusAsync(CommitState.Error, new SecretScrubber(inputs.Token).Scrub(description), ct).ConfigureAwait(false);
            throw;
        }
    }

    private string? Variable(string name) => services.Environment.GetValueOrDefault(name);

    private GitHubClient? CreateClient(ActionInputs inputs, GitHubEnvironment environment, WorkflowCommands commands)
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

            commands.Warning("Input 'token' is empty: nothing is published to GitHub; the report is in the job summary.");
            return null;
        }

        return new GitHubClient(services.TuneClient(new GitHubClientOptions { ApiUrl = environment.ApiUrl, Token = inputs.Token }));
    }

    private ReadinessOptions Options(ActionInputs inputs, GitHubEnvironment environment, EventContext context) =>
        ReadinessConfigLoader.Load(new ConfigurationRequest(environment.Workspace)
        {
            ConfigFile = inputs.Config is null ? null : Path.GetFullPath(inputs.Config, environment.Workspace),
            Environment = services.Environment,
            Inputs = new Dictionary<string, string?>
            {
                ["checklists"] = inputs.Checklists,
                ["coverage"] = inputs.Coverage,
                ["test_results"] = inputs.TestResults,
                ["base_branch"] = inputs.BaseBranch ?? context.BaseRef ?? environment.BaseRef,
                ["gate:fail_on"] = inputs.FailOn,
            },
        });

    private static CheckOutcome Reload(string workspace, string reportPath)
    {
        var report = ReportFile.Read(workspace, reportPath);
        var exitCode = report.Gate.Verdict switch
        {
            "pass" => ExitCodes.Pass,
            "fail" => ExitCodes.Fail,
            _ => ExitCodes.NotJudged,
        };
        return new CheckOutcome(report, exitCode);
    }

    private static string? Template(ActionInputs inputs, GitHubEnvironment environment) =>
        inputs.Template is null ? null : Path.GetFullPath(inputs.Template, environment.Workspace);

    private static void WriteResults(
        ReadinessReport report, ActionInputs inputs, GitHubEnvironment environment, EventContext context, PublishTarget? target,
        string reportPath, GitHubFiles files, WorkflowCommands commands, ReportContext reportContext, DiagnosticBag diagnostics)
    {
        if (inputs.Mode != ActionMode.Publish)
        {
            var saved = context.IsPullRequest
                ? new PublishContext(environment.Repository, target?.PullRequest ?? context.PullRequestNumber, target?.Sha ?? context.HeadSha, context.BaseRef, environment.RunUrl)
                : null;
            ReportFile.Write(environment.Workspace, reportPath, report, saved);
            ResultAnnotations.Write(report, commands);
        }

        files.AppendSummary(new SummaryRenderer(new WorkspaceFileGuard(environment.Workspace)).Render(report, reportContext, Template(inputs, environment), diagnostics));
        var s = report.Summary;
        files.SetOutput("verdict", report.Verdict);
        files.SetOutput("contradicted", s.Contradicted.ToString(CultureInfo.InvariantCulture));
        files.SetOutput("verified", s.Verified.ToString(CultureInfo.InvariantCulture));
        files.SetOutput("unverifiable", s.Unverifiable.ToString(CultureInfo.InvariantCulture));
        files.SetOutput("report_path", Path.GetRelativePath(environment.Workspace, reportPath).Replace('\\', '/'));
    }

    private static (CommitState State, string Description) FinalStatus(CheckOutcome outcome)
    {
        var s = outcome.Report.Summary;
        return outcome.ExitCode switch
        {
            ExitCodes.Pass => (CommitState.Success, s.Contradicted == 0
                ? $"{Claims(s.Verified)} verified, none contradicted"
                : $"{Claims(s.Contradicted)} contradicted (allowed here), {s.Verified} verified"),
            ExitCodes.Fail => (CommitState.Failure, $"{Claims(s.Contradicted)} contradicted, {s.Verified} verified"),
            _ => (CommitState.Error, $"Not judged: {outcome.Report.Gate.Reason}"),
        };
    }

    private static string Claims(int n) => n == 1 ? "1 claim" : $"{n} claims";
}
