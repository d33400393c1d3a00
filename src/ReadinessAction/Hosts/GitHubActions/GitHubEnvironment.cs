using ReadinessAction.Hosts.GitHubActions.Api;

namespace ReadinessAction.Hosts.GitHubActions;

/// <summary>The default environment variables of a GitHub Actions job, as a Docker action sees them.</summary>
public sealed record GitHubEnvironment
{
    public string? EventName { get; init; }

    public string? EventPath { get; init; }

    public string? Repository { get; init; }

    public Uri ApiUrl { get; init; } = new("https://api.github.com");

    public Uri ServerUrl { get; init; } = new("https://github.com");

    public string? RunId { get; init; }

    public string Workspace { get; init; } = ".";

    public string? Sha { get; init; }

    public string? BaseRef { get; init; }

    public string? OutputPath { get; init; }

    public string? SummaryPath { get; init; }

    /// <summary>The run's page, the target_url of the commit status.</summary>
    public string? RunUrl => Repository is null || RunId is null ? null : $"{ServerUrl.AbsoluteUri.TrimEnd('/')}/{Repository}/actions/runs/{RunId}";

    public string? RepositoryUrl => Repository is null ? null : $"{ServerUrl.AbsoluteUri.TrimEnd('/')}/{Repository}";

    public GitHubRepository? ParsedRepository => Repository is null ? null : GitHubRepository.Parse(Repository);

    public static GitHubEnvironment Read(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string? Get(string name) => environment(name) is { Length: > 0 } v ? v : null;

        var defaults = new GitHubEnvironment();
        return new GitHubEnvironment
        {
            EventName = Get("GITHUB_EVENT_NAME"),
            EventPath = Get("GITHUB_EVENT_PATH"),
            Repository = Get("GITHUB_REPOSITORY"),
            ApiUrl = Url(Get("GITHUB_API_URL")) ?? defaults.ApiUrl,
            ServerUrl = Url(Get("GITHUB_SERVER_URL")) ?? defaults.ServerUrl,
            RunId = Get("GITHUB_RUN_ID"),
            Workspace = Get("GITHUB_WORKSPACE") ?? Directory.GetCurrentDirectory(),
            Sha = Get("GITHUB_SHA"),
            BaseRef = Get("GITHUB_BASE_REF"),
            OutputPath = Get("GITHUB_OUTPUT"),
            SummaryPath = Get("GITHUB_STEP_SUMMARY"),
        };
    }

    private static Uri? Url(string? value) =>
        value is null ? null
        : Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri
        : throw new Diagnostics.ReadinessUsageException($"'{value}' is not an http(s) URL");
}
