using System.Globalization;

using ReadinessAction.Reporting;
using ReadinessAction.Reporting.Templates;

namespace ReadinessAction.Hosts.AzurePipelines;

/// <summary>
/// Azure DevOps' Markdown surfaces: Azure Repos file links (<c>?path=/…&amp;version=GC{sha}&amp;line=…</c>), no alert
/// syntax (a quoted bold label instead), and its own mentions: <c>@name</c>, work items <c>#123</c>, pull requests <c>!123</c>.
/// </summary>
public static class AzureDevOpsDialect
{
    /// <summary>The longest pull request comment Azure DevOps accepts, in characters.</summary>
    /// <remarks>
    /// Microsoft does not document it; the service refuses a longer one with 400 "A discussion comment cannot be longer
    /// than 150000 characters. Parameter name: comment.Content", as reported in
    /// https://github.com/runatlantis/atlantis/pull/1585, https://github.com/jfrog/frogbot/issues/446 and
    /// https://github.com/infracost/infracost/issues/3496.
    /// </remarks>
    public const int CommentMaxLength = 150_000;

    /// <summary>The summary is an attachment; this keeps it as readable as GitHub's 1 MiB one.</summary>
    public const int SummaryMaxBytes = ReportDialect.GitHubSummaryMaxBytes;

    /// <summary>Azure Repos: links into the repository's web view.</summary>
    public static ReportDialect AzureRepos { get; } = new()
    {
        HostName = "Azure DevOps",
        CommentMaxLength = CommentMaxLength,
        SummaryMaxBytes = SummaryMaxBytes,
        RunName = "pipeline run",
        SummaryName = "run summary",
        Callout = (kind, text) => $"> **{CultureInfo.InvariantCulture.TextInfo.ToTitleCase(kind.ToLowerInvariant())}:** {text}",
        FileUrl = (repository, sha, path, line) =>
            $"{repository}?path=/{path}&version=GC{sha}{(line is > 0 ? string.Create(CultureInfo.InvariantCulture, $"&line={line}&lineEnd={line}&lineStartColumn=1&lineEndColumn=1") : "")}",
        CommitUrl = (repository, sha) => $"{repository}/commit/{sha}",
        EscapeMention = EscapeMention,
    };

    /// <summary>A GitHub repository built in Azure Pipelines: GitHub's links and mentions, Azure's words for the run.</summary>
    public static ReportDialect GitHubRepository { get; } = ReportDialect.GitHub with { RunName = "pipeline run", SummaryName = "run summary" };

    private static string? EscapeMention(char c, char next) => c switch
    {
        '@' when char.IsAsciiLetterOrDigit(next) => "@" + MarkdownEscaper.WordJoiner,
        '#' when char.IsAsciiDigit(next) => "&#35;" + MarkdownEscaper.WordJoiner,
        '!' when char.IsAsciiDigit(next) => "&#33;" + MarkdownEscaper.WordJoiner,
        _ => null,
    };
}
