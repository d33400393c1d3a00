using System.Text.RegularExpressions;

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
    };

    // Product names that look like files when written bare: "Node.js", "Chart.js".
    private static readonly HashSet<string> BareOnlyWhenPathLike = new(StringComparer.OrdinalIgnoreCase) { "js", "net", "io" };

    public void Recognize(ClaimCollector collector)
    {
        var text = collector.Source.Text;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Candidate().Matches(text))
        {
            var path = m.Groups["code"].Success ? m.Groups["code"].Value : m.Groups["bare"].Value;
            // "Test coverage >90% for MCP code (`svc/`, `core/`)": directories that scope a figure are not file claims.
            var scopesAFigure = path.EndsWith('/') && collector.Source.Quantities.Count > 0;
            if (!scopesAFigure && IsFilePath(path, backticked: m.Groups["code"].Success) && seen.Add(path))
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

    public static bool IsFilePath(string path, bool backticked)
    {
        if (LooksLikeSomethingElse(path))
        {
            return false;
        }

        if (backticked && DirectoryPath().IsMatch(path))
        {
            return true;
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

    private static bool KnownDotFile(string name) =>
        name is "Dockerfile" or "Makefile" or "README" or "CHANGELOG" or "LICENSE" or "CONTRIBUTING" || DotFile().IsMatch(name);

    /// <summary>".gitignore", ".env.local", ".coveragerc": a name that starts with a dot and a lower-case letter.</summary>
    [GeneratedRegex(@"^\.[a-z][\w-]*(?:\.[\w-]+)*$")]
    private static partial Regex DotFile();

    /// <summary>"`docs/sessions/`", "`(auth)/`": a directory in code, ending with a slash.</summary>
    [GeneratedRegex(@"^(?:\.?[\w()-]+/)+$")]
    private static partial Regex DirectoryPath();

    [GeneratedRegex(@"`(?<code>[^`\s]+)`|(?<![\w./\\-])(?<bare>[\w.-]+(?:[/\\][\w.*-]+)*\.[A-Za-z][A-Za-z0-9]{0,9}|\.[a-z][\w-]+(?:\.[\w-]+)*|README|CHANGELOG|LICENSE|CONTRIBUTING)(?![\w/\\])")]
    private static partial Regex Candidate();
}
