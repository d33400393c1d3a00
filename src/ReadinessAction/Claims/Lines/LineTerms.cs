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

    [ThreadStatic]
    private static string? _lastText;

    [ThreadStatic]
    private static Dictionary<string, bool>? _lastAnswers;

    /// <summary><c>Of(name).IsMatch(text)</c>, remembered for the last text asked about: the recognisers ask the same
    /// lists of the same line one after another, and a term list is the slowest pattern to interpret.</summary>
    /// <remarks>Also a cheap test before a larger pattern that holds the list: where the list occurs nowhere in the line,
    /// no pattern that must match one of its terms can match (a term's look-arounds see the same line).</remarks>
    public static bool Occurs(string name, string text)
    {
        if (!ReferenceEquals(text, _lastText) || _lastAnswers is null)
        {
            _lastAnswers ??= new Dictionary<string, bool>(StringComparer.Ordinal);
            _lastAnswers.Clear();
            _lastText = text;
        }

        if (!_lastAnswers.TryGetValue(name, out var occurs))
        {
            occurs = Matches(name, text);
            _lastAnswers[name] = occurs;
        }

        return occurs;
    }

    /// <summary><c>Of(name).IsMatch(text)</c>, first looking for the terms' words as plain text (vectorised), which is
    /// far cheaper than interpreting the list's pattern on a line that holds none of them.</summary>
    public static bool Matches(string name, string text) =>
        (!WordsOf(name).Absent(text)) && Of(name).IsMatch(text);

    private static TermWords WordsOf(string name) => Words.GetOrAdd(name, n => new TermWords(Read(n)));

    private static readonly ConcurrentDictionary<string, TermWords> Words = new(StringComparer.Ordinal);

    /// <summary>The list as one non-capturing alternation, longest terms first, to compose into a larger pattern.</summary>
    /// <param name="glued">Terms may follow a digit directly (units: "1200ms", "60fps").</param>
    /// <remarks>
    /// The terms that must start a word share one look-behind in front of their alternation: a look-behind in every
    /// alternative hides the terms' first letters from the regex engine's search for a start, and it then tries each
    /// term at every position of the line (five to nine times slower on the claims corpus). At one position only one
    /// of the two groups can match, since a character either is a word letter or is not, so the match is the same.
    /// </remarks>
    public static string Pattern(string name, bool glued = false)
    {
        var terms = Read(name).OrderByDescending(t => t.Length).ToList();
        var wordStart = glued ? [] : terms.Where(t => WordScript(t[0])).ToList();
        var anywhere = terms.Except(wordStart).Select(t => Alternative(t, glued));
        var groups = wordStart.Count == 0 ? anywhere : anywhere.Prepend(@"(?<![\p{L}\p{N}])(?:" + string.Join('|', wordStart.Select(t => Alternative(t, glued: true))) + ")");
        return "(?:" + string.Join('|', groups) + ")";
    }

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
