using ReadinessAction.Diagnostics;

namespace ReadinessAction.Hosts.GitHubActions;

/// <summary>
/// The inputs of action.yml as the runner passes them to a Docker action: <c>INPUT_&lt;NAME&gt;</c>, upper-cased,
/// underscores kept. An empty value means "not given". The inputs that are configuration (lists of globs, fail_on,
/// base_branch) stay text here: the configuration loader splits, checks and layers them over the file.
/// </summary>
public sealed record ActionInputs
{
    public string? Checklists { get; init; }

    public string? Coverage { get; init; }

    public string? TestResults { get; init; }

    public string? Findings { get; init; }

    public string? Config { get; init; }

    public string? Token { get; init; }

    public bool Comment { get; init; } = true;

    public string StatusContext { get; init; } = "readiness";

    public string? Template { get; init; }

    public ActionMode Mode { get; init; } = ActionMode.Auto;

    /// <summary>Where the JSON report is written (relative to the workspace); in publish mode, the report to post.</summary>
    public string Report { get; init; } = "readiness-report.json";

    public string? BaseBranch { get; init; }

    public string? FailOn { get; init; }

    /// <summary>Publish mode: the pull request to comment on, when the report's context file does not say.</summary>
    public int? PullRequest { get; init; }

    /// <summary>Publish mode: the commit to set the status on, when the event and the context file do not say.</summary>
    public string? HeadSha { get; init; }

    public static ActionInputs Read(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string? Get(string name) => environment($"INPUT_{name.ToUpperInvariant()}") is { } v && v.Trim().Length > 0 ? v.Trim() : null;

        var defaults = new ActionInputs();
        return new ActionInputs
        {
            Checklists = Get("checklists"),
            Coverage = Get("coverage"),
            TestResults = Get("test_results"),
            Findings = Get("findings"),
            Config = Get("config"),
            Token = Get("token"),
            Comment = ParseBool("comment", Get("comment")) ?? defaults.Comment,
            StatusContext = Get("status_context") ?? defaults.StatusContext,
            Template = Get("template"),
            Mode = ParseMode(Get("mode")),
            Report = Get("report") ?? defaults.Report,
            BaseBranch = Get("base_branch"),
            FailOn = Get("fail_on"),
            PullRequest = ParsePullRequest(Get("pull_request")),
            HeadSha = Get("head_sha"),
        };
    }

    private static bool? ParseBool(string name, string? value) => value?.ToUpperInvariant() switch
    {
        null => null,
        "TRUE" or "YES" or "ON" or "1" => true,
        "FALSE" or "NO" or "OFF" or "0" => false,
        _ => throw new ReadinessUsageException($"input '{name}' must be true or false, not '{value}'"),
    };

    private static ActionMode ParseMode(string? value) => value?.ToUpperInvariant() switch
    {
        null or "AUTO" => ActionMode.Auto,
        "REPORT-ONLY" or "REPORT_ONLY" => ActionMode.ReportOnly,
        "PUBLISH" => ActionMode.Publish,
        _ => throw new ReadinessUsageException($"input 'mode' must be auto, report-only or publish, not '{value}'"),
    };

    private static int? ParsePullRequest(string? value) =>
        value is null ? null
        : int.TryParse(value.TrimStart('#'), System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n
        : throw new ReadinessUsageException($"input 'pull_request' must be a pull request number, not '{value}'");
}
