using ReadinessAction.Hosts.AzurePipelines.Api;
using ReadinessAction.Hosts.GitHubActions;
using ReadinessAction.Hosts.GitHubActions.Api;
using ReadinessAction.Hosts.Http;
using ReadinessAction.Publishing;
using ReadinessAction.Reporting;

namespace ReadinessAction.Hosts.AzurePipelines;

/// <summary>
/// Picks the review system of an Azure Pipelines run by BUILD_REPOSITORY_PROVIDER: Azure Repos (TfsGit) with the job
/// token, or GitHub with a GitHub token for a GitHub repository; none for report-only or without a token (a warning).
/// </summary>
internal static class AzureReviewSystemFactory
{
    public sealed record Sources(IReviewSystem? Review, IDisposable? Client, string? RepositoryUrl, ReportDialect Dialect);

    public static Sources Create(ActionInputs inputs, AzurePipelinesEnvironment environment, string? token, ICiLog log, ActionRunnerServices services)
    {
        return environment.IsGitHubRepository ? GitHub(inputs, environment, token, log, services) : AzureRepos(inputs, environment, token, log, services);
    }

    private static Sources AzureRepos(ActionInputs inputs, AzurePipelinesEnvironment environment, string? token, ICiLog log, ActionRunnerServices services)
    {
        var none = new Sources(null, null, environment.RepositoryUrl, AzureDevOpsDialect.AzureRepos);
        if (inputs.Mode == ActionMode.ReportOnly)
        {
            return none;
        }

        if (token is null || environment.CollectionUri is null || environment.Project is null || environment.RepositoryId is null)
        {
            log.Annotate(AnnotationLevel.Warning, token is null
                ? $"SYSTEM_ACCESSTOKEN is not set: nothing is published to the pull request; the report is in the run summary. {AzureDevOpsFailure.TokenAdvice}"
                : "SYSTEM_COLLECTIONURI, SYSTEM_TEAMPROJECT or BUILD_REPOSITORY_ID is not set: nothing is published to the pull request.");
            return none;
        }

        var client = new AzureDevOpsClient(services.TuneAzureClient(new AzureDevOpsClientOptions
        {
            CollectionUri = environment.CollectionUri,
            Project = environment.Project,
            RepositoryId = environment.RepositoryId,
            Token = token,
        }));
        var target = new AzurePullRequest(environment.PullRequestId, environment.RepositoryUrl, environment.RunUrl);
        return none with { Review = new AzureReviewSystem(client, target, inputs.StatusContext, new SecretScrubber(token)), Client = client };
    }

    private static Sources GitHub(ActionInputs inputs, AzurePipelinesEnvironment environment, string? token, ICiLog log, ActionRunnerServices services)
    {
        var server = Variable(services, "GITHUB_SERVER_URL") ?? "https://github.com";
        var repositoryUrl = environment.RepositoryName is null ? null : $"{server.TrimEnd('/')}/{environment.RepositoryName}";
        var none = new Sources(null, null, repositoryUrl, AzureDevOpsDialect.GitHubRepository);
        if (inputs.Mode == ActionMode.ReportOnly || environment.RepositoryName is null)
        {
            return none;
        }

        if (token is null)
        {
            log.Annotate(AnnotationLevel.Warning, "This GitHub repository is built in Azure Pipelines, but neither input 'token' nor GITHUB_TOKEN holds a GitHub token: nothing is published to GitHub.");
            return none;
        }

        var client = new GitHubClient(services.TuneClient(new GitHubClientOptions { ApiUrl = new Uri(Variable(services, "GITHUB_API_URL") ?? "https://api.github.com"), Token = token }));
        var target = new PublishTarget(GitHubRepository.Parse(environment.RepositoryName), environment.HeadSha, environment.PullRequestNumber, environment.RunUrl);
        return none with { Review = new GitHubReviewSystem(client, target, inputs.StatusContext, new SecretScrubber(token)), Client = client };
    }

    private static string? Variable(ActionRunnerServices services, string name) =>
        services.Environment.GetValueOrDefault(name) is { Length: > 0 } v ? v : null;
}
