using System.Text.RegularExpressions;

using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Claims.Recognizers;

/// <summary>
/// Paths presented as existing or delivered: <c>(RELEASE_NOTES_v1.0.0_GITHUB_MCP.md)</c>, <c>`docs/architecture.md`</c>,
/// <c>`plane/bgtasks/github_mcp_*.py`</c> (a glob), relative links. Not URLs, not endpoints, not commands.
/// </summary>
public sealed partial class FileReferenceRecognizer : IClaimRecognizer
{
    private static readonly HashSet<string> KnownExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "md", "txt", "rst", "adoc", "py", "yaml", "yml", "json", "toml", "ini", "cfg", "conf", "env", "lock", "cs", "csproj",
        "sln", "props", "ts", "tsx", "jsx", "js", "mjs", "java", "kt", "go", "rs", "rb", "php", "sh", "ps1", "sql", "xml",
        "html", "css", "scss", "tf", "proto", "gradle", "swift", "c", "cc", "cpp", "h", "hpp", "dockerfile", "pdf", "csv",
        // Build outputs and platform configuration: "`GoogleService-Info.plist` added", "Backend binary built (`app.exe`)".
        "plist", "jks", "keystore", "exe", "apk", "aab", "ipa", "dll", "jar", "war", "zip", "whl",
    };

    // Product names that look like files when written bare: "Node.js", "Chart.js".
    private static readonly HashSet<string> BareOnlyWhenPathLike = new(StringComparer.OrdinalIgnoreCase) { "js", "net", "io" };

    public void Recognize(ClaimCollector collector)
    {
        var text = collector.Source.Text;
        if (UnderFutureWork(collector.Source.Line.Section) || ListedAsMissing(collector.Source))
        {
            return; // LABELING: paths described as future work or as missing are not claimed to exist.
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in MayNameFile(text) ? Candidate().Matches(text) : Enumerable.Empty<Match>())
        {
            var path = m.Groups["code"].Success ? m.Groups["code"].Value : m.Groups["bare"].Value;
            // "Test coverage >90% for MCP code (`svc/`, `core/`)": directories that scope a figure are not file claims.
            var scopesAFigure = path.EndsWith('/') && collector.Source.Quantities.Any(q => q.IsPercent || q.IsRatio);
            if (!scopesAFigure && IsFilePath(path, backticked: m.Groups["code"].Success) && !NotInRepository(path, text) && seen.Add(path))
            {
                collector.Add(collector.New(ClaimKind.FileExists, path, m.Index, m.Index + m.Length) with { ScopePaths = [path], Subject = path });
            }
        }

        foreach (var link in collector.Source.Line.Links)
        {
            var path = link.Split('#', '?')[0];
            if (path.Length > 0 && IsFilePath(path, backticked: true) && seen.Add(path))
            {
                collector.Add(collector.New(ClaimKind.FileExists, path, 0, 0) with { ScopePaths = [path], Subject = path });
            }
        }
    }

    /// <summary>Every <see cref="Candidate"/> holds a backtick, a dot right before an ASCII letter (an extension or a dot
    /// file) or one of the bare names; a line without any is not searched.</summary>
    private static bool MayNameFile(string text)
    {
        if (text.Contains('`', StringComparison.Ordinal) || BareNames.Any(n => text.Contains(n, StringComparison.Ordinal)))
        {
            return true;
        }

        for (var dot = text.IndexOf('.', StringComparison.Ordinal); dot >= 0 && dot + 1 < text.Length; dot = text.IndexOf('.', dot + 1))
        {
            if (char.IsAsciiLetter(text[dot + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] BareNames = ["README", "CHANGELOG", "LICENSE", "CONTRIBUTING"];

    public static bool IsFilePath(string path, bool backticked)
    {
        if (backticked && DirectoryPath().IsMatch(path))
        {
            return true;
        }

        if (LooksLikeSomethingElse(path) || Placeholder().IsMatch(path))
        {
            return false;
        }

        var name = path[(path.LastIndexOfAny(['/', '\\']) + 1)..];
        if (KnownDotFile(name))
        {
            return true;
        }

        var dot = name.LastIndexOf('.');
        if (dot <= 0 || !KnownExtensions.Contains(name[(dot + 1)..]))
        {
            return false;
        }

        return backticked || !BareOnlyWhenPathLike.Contains(name[(dot + 1)..]) || path.IndexOfAny(['/', '\\']) >= 0;
    }

    /// <summary>URLs, endpoints ("/api/health"), options, commands and calls are not files.</summary>
    private static bool LooksLikeSomethingElse(string path) =>
        path.Contains("://", StringComparison.Ordinal) || path.StartsWith('/') || path.StartsWith('-') ||
        path.IndexOfAny([' ', '(', '=']) >= 0;

    /// <summary>
    /// "`.env.production` not committed", "Sentry DSN in .env", "Copy `.env.example` to `.env.local`": a local secrets file
    /// is kept out of the repository, so only a line that says it was created or templated presents it as a file.
    /// </summary>
    private static bool NotInRepository(string path, string text) =>
        NotCommitted().IsMatch(text) ? path.Contains(".env", StringComparison.Ordinal) || text.Contains("gitignore", StringComparison.OrdinalIgnoreCase)
            : LocalEnvFile().IsMatch(path) && !LineTerms.Occurs("file-created", text);

    /// <summary>"## 4. Plan de Trabajo Detallado", "### Next Steps", "📋 后续行动计划": what sits under them is yet to be made.</summary>
    private static bool UnderFutureWork(Checklists.ChecklistSection? section)
    {
        for (; section is { Level: > 1 }; section = section.Parent)
        {
            if (LineTerms.Matches("future-work-sections", section.Title))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Missing implementation files:" or "- **Files Missing**:" leads the list the line is in.</summary>
    private static bool ListedAsMissing(ClaimSource source)
    {
        if (source.Line.Kind is not (Checklists.LineKind.ListItem or Checklists.LineKind.TaskItem))
        {
            return false;
        }

        var lines = source.Document.Lines;
        for (var at = source.Document.IndexOf(source.Line) - 1; at >= 0; at--)
        {
            if (lines[at].Text.TrimEnd(' ', '*', '_') is [.., ':' or '：'])
            {
                return LineTerms.Matches("missing-words", lines[at].Text);
            }

            if (lines[at].Kind is not (Checklists.LineKind.ListItem or Checklists.LineKind.TaskItem))
            {
                return false;
            }
        }

        return false;
    }

    private static bool KnownDotFile(string name) =>
        name is "Dockerfile" or "Makefile" or "README" or "CHANGELOG" or "LICENSE" or "CONTRIBUTING" || DotFile().IsMatch(name);

    /// <summary>".gitignore", ".env.local", ".coveragerc": a name that starts with a dot and a lower-case letter.</summary>
    [GeneratedRegex(@"^\.[a-z][\w-]*(?:\.[\w-]+)*$")]
    private static partial Regex DotFile();

    /// <summary>"`docs/sessions/`", "`(auth)/`": a directory in code, ending with a slash.</summary>
    [GeneratedRegex(@"^(?:\.?[\w()-]+/)+$")]
    private static partial Regex DirectoryPath();

    /// <summary>"launch-YYYYMMDD-HHMM.md", "reports/&lt;date&gt;.md", "{service}.yaml": a pattern for files to come, not a file.</summary>
    [GeneratedRegex(@"YYYY|MMDD|HHMM|<[\w-]+>|\{[\w-]+\}|\bX{3,}\b")]
    private static partial Regex Placeholder();

    /// <summary>".env", ".env.local", "backend/.env.production": not ".env.example", ".env.template".</summary>
    [GeneratedRegex(@"(?:^|[/\\])\.env(?:\.(?!example|sample|template|dist|defaults)[\w-]+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex LocalEnvFile();

    [GeneratedRegex(@"\b(?:not|never)\s+(?:be\s+)?(?:committed|checked\s+in|pushed|tracked)\b|\bgitignored\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotCommitted();

    [GeneratedRegex(@"`(?<code>[^`\s]+)`|(?<![\w./\\{-])(?<bare>[\w.-]+(?:[/\\][\w.*-]+)*\.[A-Za-z][A-Za-z0-9]{0,9}|\.[a-z][\w-]+(?:\.[\w-]+)*|README|CHANGELOG|LICENSE|CONTRIBUTING)(?![\w/\\])")]
    private static partial Regex Candidate();
}
