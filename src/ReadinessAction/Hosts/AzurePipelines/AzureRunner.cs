using ReadinessAction.Diagnostics;
using ReadinessAction.Hosts.GitHubActions;
using ReadinessAction.Pipeline;
using ReadinessAction.Publishing;
using ReadinessAction.Reporting;

namespace ReadinessAction.Hosts.AzurePipelines;

/// <summary>
/// <c>readiness action</c> in an Azure Pipelines job (TF_BUILD=True): the same inputs (INPUT_*), the pipeline's
/// variables for the context, logging commands for the log, and Azure Repos (or GitHub, for a GitHub repository built
/// in Azure Pipelines) as the review system, all through the host-neutral <see cref="PublishRun"/>.
/// </summary>
public sealed class AzureRunner(ActionRunnerServices services)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var inputs = ActionInputs.Read(Variable);
        var environment = AzurePipelinesEnvironment.Read(Variable);
        var commands = new LoggingCommands(services.Stdout);
        var token = inputs.Token ?? (environment.IsGitHubRepository ? Variable("GITHUB_TOKEN") : environment.AccessToken);
        if (token is not null)
        {
            commands.SetSecret(token);
        }

        if (inputs.Mode == ActionMode.Publish)
        {
            throw new ReadinessUsageException("mode publish is GitHub's fork recipe; in Azure Pipelines use mode auto (or report-only)");
        }

        var publication = new ActionPublication(inputs, environment.Workspace, services);
        var log = new AzureCiLog(commands, services.Stdout, Path.Combine(environment.TempDirectory, "readiness-summary.md"));
        var sources = AzureReviewSystemFactory.Create(inputs, environment, token, log, services);
        using (sources.Client)
        {
            var plan = publication.Plan(
                new ReportContext(sources.RepositoryUrl, environment.HeadSha, environment.RunUrl, inputs.StatusContext) { Dialect = sources.Dialect },
                republish: false);
            var code = await publication.RunAsync(log, sources.Review, plan, () => publication.Judge(environment.TargetBranch), saved: null, ct).ConfigureAwait(false);
            if (code == ExitCodes.Fail)
            {
                commands.CompleteFailed("The readiness gate failed: a checklist claims what the evidence contradicts.");
            }

            return code;
        }
    }

    private string? Variable(string name) => services.Environment.GetValueOrDefault(name);
}
