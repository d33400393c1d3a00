using System.Globalization;

namespace ReadinessAction.Reporting;

/// <summary>
/// What one host's Markdown surfaces need: the size limits of the comment and the run summary, the links to a line of
/// a file and to a commit, the callout syntax, and the words for the host, its run and its summary. A host supplies
/// its own through <see cref="ReportContext.Dialect"/>; everything else about rendering is shared.
/// </summary>
public sealed record ReportDialect
{
    /// <summary>GitHub's limit for an issue comment body, in characters.</summary>
    public const int GitHubCommentMaxLength = 65_536;

    /// <summary>UTF-8 bytes; GitHub's limit is 1 MiB per step, and the step may write a little more around it.</summary>
    public const int GitHubSummaryMaxBytes = 1_000_000;

    /// <summary>GitHub.com and GitHub Enterprise Server: <c>/blob/</c> links, <c>&gt; [!WARNING]</c> alerts.</summary>
    public static ReportDialect GitHub { get; } = new()
    {
        HostName = "GitHub",
        CommentMaxLength = GitHubCommentMaxLength,
        SummaryMaxBytes = GitHubSummaryMaxBytes,
        RunName = "workflow run",
        SummaryName = "job summary",
        Callout = (kind, text) => $"> [!{kind}]\n> {text}",
        FileUrl = (repository, sha, path, line) =>
            $"{repository}/blob/{sha}/{path}{(line is > 0 ? string.Create(CultureInfo.InvariantCulture, $"#L{line}") : "")}",
        CommitUrl = (repository, sha) => $"{repository}/commit/{sha}",
        EscapeMention = (c, next) => c switch
        {
            '@' when char.IsAsciiLetterOrDigit(next) => "@" + Templates.MarkdownEscaper.WordJoiner,
            '#' when char.IsAsciiDigit(next) => "&#35;" + Templates.MarkdownEscaper.WordJoiner,
            _ => null,
        },
    };

    /// <summary>The host's name in messages ("shortened to fit GitHub's size limit").</summary>
    public required string HostName { get; init; }

    /// <summary>The longest comment the review system accepts, in UTF-16 characters.</summary>
    public required int CommentMaxLength { get; init; }

    /// <summary>The largest run summary the CI system accepts, in UTF-8 bytes.</summary>
    public required int SummaryMaxBytes { get; init; }

    /// <summary>What the CI run is called ("workflow run").</summary>
    public required string RunName { get; init; }

    /// <summary>What the run summary is called ("job summary").</summary>
    public required string SummaryName { get; init; }

    /// <summary>A callout block of a kind (<c>WARNING</c>) around one line of Markdown, without a trailing line break.</summary>
    public required Func<string, string, string> Callout { get; init; }

    /// <summary>The web URL of a file at a commit: repository URL, escaped SHA, escaped path, line (or null).</summary>
    public required Func<string, string, string, int?, string> FileUrl { get; init; }

    /// <summary>The web URL of a commit: repository URL, escaped SHA.</summary>
    public required Func<string, string, string> CommitUrl { get; init; }

    /// <summary>
    /// How a character that would start a mention or a reference is written (given the character and the next one),
    /// or null when it starts none. Whatever it returns must render as the character itself.
    /// </summary>
    public required Func<char, char, string?> EscapeMention { get; init; }
}
