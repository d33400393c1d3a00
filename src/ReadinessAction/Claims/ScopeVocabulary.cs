using System.Text.RegularExpressions;

namespace ReadinessAction.Claims;

/// <summary>Scope words and scope paths as checklists write them ("87% backend coverage", "for MCP code (svc/, core/)").</summary>
public static partial class ScopeVocabulary
{
    private static readonly string[] Words =
    [
        "backend", "frontend", "unit", "integration", "e2e", "end-to-end", "api", "ui", "web", "server", "client",
        "security", "performance", "resilience", "webhook", "acceptance", "smoke", "regression", "functional", "load",
        "component", "contract", "core", "mobile", "cli", "database", "property-based",
    ];

    public static IReadOnlyList<string> WordsIn(string text) =>
        [.. WordPattern().Matches(text).Select(m => Singular(m.Value.ToLowerInvariant())).Where(w => Words.Contains(w)).Distinct()];

    /// <summary>Directory-like paths (<c>svc/</c>, <c>src/api/**</c>) written in the text.</summary>
    public static IReadOnlyList<string> PathsIn(string text) =>
        [.. PathPattern().Matches(text).Select(m => m.Groups["p"].Value).Distinct()];

    private static string Singular(string word) => word.EndsWith('s') && word.Length > 4 ? word[..^1] : word;

    [GeneratedRegex(@"[\p{L}-]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"`(?<p>[\w.*-]+(?:/[\w.*-]*)*/(?:\*\*)?)`|(?<![\w/.])(?<p>(?:[a-z_][\w-]*/)+(?:\*\*)?)(?![\w/])")]
    private static partial Regex PathPattern();
}
