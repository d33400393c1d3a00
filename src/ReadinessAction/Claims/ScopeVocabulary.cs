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

    /// <summary>The scope words of the text, singular and lower case, each once, in the order they first occur.</summary>
    /// <remarks>Every word of a long line is looked at: each is compared in place, and only a scope word is kept.</remarks>
    public static IReadOnlyList<string> WordsIn(string text)
    {
        List<string>? found = null;
        Span<char> lower = stackalloc char[LongestWord + 1];
        foreach (var match in WordPattern().EnumerateMatches(text))
        {
            if (match.Length > lower.Length)
            {
                continue;
            }

            var word = lower[..text.AsSpan(match.Index, match.Length).ToLowerInvariant(lower)];
            if (word.Length > 4 && word[^1] == 's')
            {
                word = word[..^1];
            }

            if (Find(word) is { } known && !(found ??= []).Contains(known))
            {
                found.Add(known);
            }
        }

        return found ?? [];
    }

    private static readonly int LongestWord = Words.Max(w => w.Length);

    private static string? Find(ReadOnlySpan<char> word)
    {
        foreach (var known in Words)
        {
            if (word.SequenceEqual(known))
            {
                return known;
            }
        }

        return null;
    }

    /// <summary>Directory-like paths (<c>svc/</c>, <c>src/api/**</c>) written in the text.</summary>
    public static IReadOnlyList<string> PathsIn(string text) =>
        [.. PathPattern().Matches(text).Select(m => m.Groups["p"].Value).Distinct()];

    [GeneratedRegex(@"[\p{L}-]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"`(?<p>[\w.*-]+(?:/[\w.*-]*)*/(?:\*\*)?)`|(?<![\w/.])(?<p>(?:[a-z_][\w-]*/)+(?:\*\*)?)(?![\w/])")]
    private static partial Regex PathPattern();
}
