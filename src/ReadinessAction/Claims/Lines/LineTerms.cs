using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace ReadinessAction.Claims.Lines;

/// <summary>
/// The word lists of the line grammar, kept as data (Terms/*.txt, embedded as <c>terms.&lt;name&gt;.txt</c>) and
/// written at build time into case-insensitive source-generated patterns (<see cref="TermPatterns"/>). A missing list is a build bug and throws, never matches
/// nothing.
/// </summary>
public static class LineTerms
{
    /// <summary>The list's pattern, source-generated at build time (<see cref="TermPatterns"/>, written from Terms/*.txt by
    /// Build/TermPatterns.targets).</summary>
    public static Regex Of(string name) =>
        TermPatterns.Of(name) ?? throw new InvalidOperationException($"The term list '{name}' is not compiled into the assembly (Claims/Lines/Terms/{name}.txt).");

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
}
