using ReadinessAction.Hosts.GitHubActions.Api;

namespace ReadinessAction.Hosts.GitHubActions;

/// <summary>What the action host gets from the outside world; tests replace the environment and the retry timing.</summary>
public sealed record ActionRunnerServices(Func<string, string?> Environment, TextWriter Stdout, TextWriter Stderr)
{
    public Func<GitHubClientOptions, GitHubClientOptions> TuneClient { get; init; } = options => options;

    public static ActionRunnerServices FromProcess(TextWriter stdout, TextWriter stderr) =>
        new(System.Environment.GetEnvironmentVariable, stdout, stderr);
}
