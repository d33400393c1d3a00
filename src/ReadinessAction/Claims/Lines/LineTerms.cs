using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace ReadinessAction.Claims.Lines;

/// <summary>
/// The word lists of the line grammar, kept as data (Terms/*.txt, embedded as <c>terms.&lt;name&gt;.txt</c>) and
/// compiled once into a case-insensitive pattern. A missing list is a build bug and throws, never matches nothing.
/// </summary>
public static class LineTerms
{
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    public static Regex Of(string name) => Patterns.GetOrAdd(name, n => new Regex(Pattern(n), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    /// <summary>The list as one non-capturing alternation, longest terms first, to compose into a larger pattern.</summary>
    /// <param name="glued">Terms may follow a digit directly (units: "1200ms", "60fps").</param>
    public static string Pattern(string name, bool glued = false) =>
        "(?:" + string.Join('|', Read(name).OrderByDescending(t => t.Length).Select(t => Alternative(t, glued))) + ")";

    /// <summary>The terms of a list as written in its file.</summary>
    public static IReadOnlyList<string> Read(string name)
    {
        var resource = $"terms.{name}.txt";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The term list '{resource}' is not embedded in the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return [.. reader.ReadToEnd().Split('\n')
            .Select(l => (l.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? l[..hash] : l).Trim())
            .Where(l => l.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>A term as a pattern: whole words for alphabetic scripts, anywhere for scripts written without spaces.</summary>
    private static string Alternative(string term, bool glued = false)
    {
        var prefix = term.EndsWith('*');
        var core = Regex.Escape(prefix ? term[..^1] : term).Replace(@"\ ", @"[\s-]+", StringComparison.Ordinal);
        var before = WordScript(term[0]) && !glued ? @"(?<![\p{L}\p{N}])" : "";
        var after = prefix ? @"[\p{L}]*" : WordScript(term[^1]) ? @"(?![\p{L}\p{N}])" : "";
        return $"{before}(?:{core}){after}";
    }

    private static bool WordScript(char c) => char.IsAsciiLetterOrDigit(c) || c is >= '\u00C0' and <= '\u04FF';
}
