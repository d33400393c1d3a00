using System.Text.RegularExpressions;

namespace ReadinessAction.Checklists;

/// <summary>Status markers people put on lines, headings and table cells: emoji and words.</summary>
public static partial class StatusMarkers
{
    private static readonly string[] DoneEmoji = ["✅", "✔", "☑", "✓"];
    private static readonly string[] NotDoneEmoji = ["⬜", "☐", "❌", "✖", "⏳", "🚧", "📋"];
    private static readonly string[] OtherEmoji = ["⚠", "🔴", "🟠", "🟡", "🟢", "🔵", "\uFE0F"];

    /// <summary>True when the text says "done": ✅ ✔ ☑ ✓ or COMPLETE, DONE, READY, PASS, PASSED (as whole words).</summary>
    public static bool HasDone(string text) => DoneEmoji.Any(e => text.Contains(e, StringComparison.Ordinal)) || DoneWord().IsMatch(text);

    public static bool HasNotDone(string text) => NotDoneEmoji.Any(e => text.Contains(e, StringComparison.Ordinal)) || NotDoneWord().IsMatch(text);

    public static bool HasAny(string text) => HasDone(text) || HasNotDone(text) || OtherEmoji.Any(e => text.Contains(e, StringComparison.Ordinal));

    /// <summary>The done marker as written ("✅", "✅ COMPLETE", "READY FOR PRODUCTION ✅"), for quoting.</summary>
    public static string DescribeDone(string text)
    {
        var emoji = DoneEmoji.FirstOrDefault(e => text.Contains(e, StringComparison.Ordinal));
        var word = DoneWord().Match(text);
        return (emoji, word.Success) switch
        {
            (not null, true) => $"{emoji} {word.Value}",
            (not null, false) => emoji,
            (null, true) => word.Value,
            _ => "",
        };
    }

    /// <summary>The text without emoji markers and with marker words at the end removed ("2.3 Alerting ✅ COMPLETE" → "2.3 Alerting").</summary>
    public static string Strip(string text)
    {
        foreach (var e in DoneEmoji.Concat(NotDoneEmoji).Concat(OtherEmoji))
        {
            text = text.Replace(e, " ", StringComparison.Ordinal);
        }

        if (MayEndInMarkerWord(text))
        {
            text = TrailingWord().Replace(text, "");
        }

        return InlineText.Normalize(text);
    }

    /// <summary>The last letter before trailing white space ends a marker word (E, D, Y, S, G): otherwise the
    /// end-anchored <see cref="TrailingWord"/>, tried at every position of a long line, cannot match.</summary>
    private static bool MayEndInMarkerWord(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is 'E' or 'D' or 'Y' or 'S' or 'G';
    }

    [GeneratedRegex(@"\b(?:COMPLETE|COMPLETED|DONE|READY|PASS|PASSED)\b")]
    private static partial Regex DoneWord();

    [GeneratedRegex(@"\b(?:PENDING|TBD|N/A|IN PROGRESS|NOT STARTED|BLOCKED|TO ?DO)\b")]
    private static partial Regex NotDoneWord();

    [GeneratedRegex(@"(?:\s*\b(?:COMPLETE|COMPLETED|DONE|READY|PASS|PASSED|PENDING|TBD|IN PROGRESS)\b\s*)+$")]
    private static partial Regex TrailingWord();
}
