using ReadinessAction.Configuration;
using ReadinessAction.Hosts.AzurePipelines.Api;
using ReadinessAction.Hosts.GitHubActions.Api;
using ReadinessAction.Pipeline;
using ReadinessAction.Publishing;

namespace ReadinessAction.Hosts.GitHubActions;

/// <summary>What the action host gets from the outside world; tests replace the environment, the retry timing and the judgement.</summary>
public sealed record ActionRunnerServices(IReadOnlyDictionary<string, string?> Environment, TextWriter Stdout, TextWriter Stderr)
{
    public Func<GitHubClientOptions, GitHubClientOptions> TuneClient { get; init; } = options => options;

    /// <summary>The Azure DevOps client's options, for an Azure Pipelines run; tests shorten the retries.</summary>
    public Func<AzureDevOpsClientOptions, AzureDevOpsClientOptions> TuneAzureClient { get; init; } = options => options;

    /// <summary>How long publishing may take; tests shorten it.</summary>
    public PublishLimits PublishLimits { get; init; } = PublishLimits.Default;

    /// <summary>The judgement; the host does not care how it is made.</summary>
    public Func<ReadinessOptions, CheckOutcome> Judge { get; init; } = options => CheckPipeline.Run(options);

    public static ActionRunnerServices FromProcess(TextWriter stdout, TextWriter stderr) =>
        new(ConfigurationRequest.ProcessEnvironment(), stdout, stderr);
}
