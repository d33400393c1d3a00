using System.Globalization;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Hosts.AzurePipelines;

/// <summary>
/// The predefined variables of an Azure Pipelines job, as a script or container step sees them. SYSTEM_ACCESSTOKEN is
/// only there when the step maps it: <c>env: SYSTEM_ACCESSTOKEN: $(System.AccessToken)</c>.
/// </summary>
public sealed record AzurePipelinesEnvironment
{
    /// <summary>https://dev.azure.com/ORG/ (ends with a slash), or the collection URL of Azure DevOps Server.</summary>
    public Uri? CollectionUri { get; init; }

    public string? Project { get; init; }

    public string? RepositoryId { get; init; }

    public string? RepositoryName { get; init; }

    /// <summary><c>TfsGit</c> for Azure Repos, <c>GitHub</c> (or <c>GitHubEnterprise</c>) for a GitHub repository.</summary>
    public string? RepositoryProvider { get; init; }

    public string? RepositoryUri { get; init; }

    public int? PullRequestId { get; init; }

    /// <summary>The pull request's number on GitHub (SYSTEM_PULLREQUEST_PULLREQUESTNUMBER).</summary>
    public int? PullRequestNumber { get; init; }

    /// <summary>The branch the pull request merges into, without <c>refs/heads/</c>.</summary>
    public string? TargetBranch { get; init; }

    /// <summary>The pull request's head commit, not the merge commit BUILD_SOURCEVERSION names in a PR build.</summary>
    public string? SourceCommit { get; init; }

    public string? SourceVersion { get; init; }

    public string? BuildId { get; init; }

    public string? AccessToken { get; init; }

    public string Workspace { get; init; } = ".";

    /// <summary>Where the summary file is written (the agent's temporary folder, emptied after each job).</summary>
    public string TempDirectory { get; init; } = Path.GetTempPath();

    public bool IsGitHubRepository => IsGitHub(RepositoryProvider);

    public string? HeadSha => SourceCommit ?? SourceVersion;

    /// <summary>The build's results page: the target URL of the status and the "run" link of the report.</summary>
    public string? RunUrl => CollectionUri is null || Project is null || BuildId is null
        ? null
        : $"{CollectionUri.AbsoluteUri.TrimEnd('/')}/{Uri.EscapeDataString(Project)}/_build/results?buildId={Uri.EscapeDataString(BuildId)}";

    public string? RepositoryUrl => RepositoryUri
        ?? (CollectionUri is null || Project is null || RepositoryName is null ? null : $"{CollectionUri.AbsoluteUri.TrimEnd('/')}/{Uri.EscapeDataString(Project)}/_git/{Uri.EscapeDataString(RepositoryName)}");

    /// <summary>True when the variables say this process runs in an Azure Pipelines job.</summary>
    public static bool IsPresent(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return string.Equals(environment("TF_BUILD"), "True", StringComparison.OrdinalIgnoreCase);
    }

    public static AzurePipelinesEnvironment Read(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string? Get(string name) => environment(name) is { Length: > 0 } v && !v.StartsWith("$(", StringComparison.Ordinal) ? v.Trim() : null;
        var provider = Get("BUILD_REPOSITORY_PROVIDER");

        return new AzurePipelinesEnvironment
        {
            CollectionUri = Url("SYSTEM_COLLECTIONURI", Get("SYSTEM_COLLECTIONURI")),
            Project = Get("SYSTEM_TEAMPROJECT"),
            RepositoryId = Get("BUILD_REPOSITORY_ID"),
            RepositoryName = Get("BUILD_REPOSITORY_NAME"),
            RepositoryProvider = provider,
            RepositoryUri = Get("BUILD_REPOSITORY_URI"),
            // For a GitHub repository this is GitHub's database id of the pull request, beyond an int and of no use here.
            PullRequestId = IsGitHub(provider) ? null : Number("SYSTEM_PULLREQUEST_PULLREQUESTID", Get("SYSTEM_PULLREQUEST_PULLREQUESTID")),
            PullRequestNumber = Number("SYSTEM_PULLREQUEST_PULLREQUESTNUMBER", Get("SYSTEM_PULLREQUEST_PULLREQUESTNUMBER")),
            TargetBranch = Branch(Get("SYSTEM_PULLREQUEST_TARGETBRANCH")),
            SourceCommit = Get("SYSTEM_PULLREQUEST_SOURCECOMMITID"),
            SourceVersion = Get("BUILD_SOURCEVERSION"),
            BuildId = Get("BUILD_BUILDID"),
            AccessToken = Get("SYSTEM_ACCESSTOKEN"),
            Workspace = Get("BUILD_SOURCESDIRECTORY") ?? Directory.GetCurrentDirectory(),
            TempDirectory = Get("AGENT_TEMPDIRECTORY") ?? Path.GetTempPath(),
        };
    }

    private static bool IsGitHub(string? provider) => provider is not null && provider.StartsWith("GitHub", StringComparison.OrdinalIgnoreCase);

    // Azure Repos gives refs/heads/main, a GitHub repository built in Azure Pipelines gives main.
    private static string? Branch(string? value) =>
        value is not null && value.StartsWith("refs/heads/", StringComparison.Ordinal) ? value["refs/heads/".Length..] : value;

    private static int? Number(string name, string? value) =>
        value is null ? null
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n
        : throw new ReadinessUsageException($"{name} must be a pull request number, not '{value}'");

    private static Uri? Url(string name, string? value) =>
        value is null ? null
        : Uri.TryCreate(value.EndsWith('/') ? value : value + "/", UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri
        : throw new ReadinessUsageException($"{name} '{value}' is not an http(s) URL");
}
