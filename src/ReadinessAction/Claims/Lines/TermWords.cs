using System.Buffers;

namespace ReadinessAction.Claims.Lines;

/// <summary>
/// A necessary condition for a term list's pattern (<see cref="TermPatterns"/>) to match a line: some term's
/// longest word occurs in it, ignoring case. A term's words are literal text between the spaces that the pattern widens
/// to <c>[\s-]+</c>, and a trailing <c>*</c> only lets more letters follow, so every match of the pattern holds one.
/// </summary>
/// <remarks>
/// Words are compared with <see cref="StringComparison.OrdinalIgnoreCase"/> (simple upper-case mapping), while the
/// pattern ignores case by Unicode case equivalence. The two differ only for characters whose lower-case form upper-cases
/// to another character (the Kelvin sign, the Ångström sign, İ, ẞ): a line holding one is always given to the pattern.
/// </remarks>
internal sealed class TermWords
{
    private readonly SearchValues<string> _words;

    public TermWords(IEnumerable<string> terms)
    {
        _words = SearchValues.Create(
            [.. terms.Select(t => t.TrimEnd('*').Split(' ', StringSplitOptions.RemoveEmptyEntries).MaxBy(w => w.Length) ?? t).Distinct(StringComparer.OrdinalIgnoreCase)],
            StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True only when the pattern cannot match <paramref name="text"/>.</summary>
    public bool Absent(string text) => text.AsSpan().IndexOfAny(_words) < 0 && !HasUnusualCase(text);

    private static bool HasUnusualCase(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007F' && char.ToUpperInvariant(char.ToLowerInvariant(c)) != char.ToUpperInvariant(c))
            {
                return true;
            }
        }

        return false;
    }
}
