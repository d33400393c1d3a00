using ReadinessAction.Checklists;

namespace ReadinessAction.Claims;

/// <summary>One piece of text that recognisers read: an item, a heading, a status line, a marked list line or a table row.</summary>
public sealed record ClaimSource(ChecklistDocument Document, ChecklistLine Line, string Text, bool Asserted, ClaimOrigin Origin)
{
    private string? _displayText;

    private readonly List<Quantity> _found = [.. QuantityTokenizer.Tokenize(Bounded(Text), ClaimLimits.MaxQuantitiesPerSource + 1).Where(q => !(Origin != ClaimOrigin.TableRow && Line.Kind == LineKind.Heading && IsNumbering(q)))];

    /// <summary>The text recognisers read: at most <see cref="ClaimLimits.MaxSourceChars"/> characters of the line.</summary>
    public string Text { get; init; } = Bounded(Text);

    /// <summary>The line is longer than what is read; the extractor says so in a diagnostic.</summary>
    public bool IsCut => Text.Length < Line.Text.Length;

    /// <summary>The quantities of the text, without a heading's own numbering ("7.1 Unit Tests", "2. Setup"); at most
    /// <see cref="ClaimLimits.MaxQuantitiesPerSource"/>, so a line of ten thousand numbers costs no more than a normal one.</summary>
    public IReadOnlyList<Quantity> Quantities => HasTooManyQuantities ? _found.GetRange(0, ClaimLimits.MaxQuantitiesPerSource) : _found;

    /// <summary>The text has more quantities than are read; the extractor says so in a diagnostic.</summary>
    public bool HasTooManyQuantities => _found.Count > ClaimLimits.MaxQuantitiesPerSource;

    /// <summary>The text shown in the report: the item with its box, or the line as written (emphasis stripped).</summary>
    /// <remarks>Built once: every claim of the source shares it, however long the line.</remarks>
    public string DisplayText => _displayText ??= Line.Item is { } item ? item.SourceText : Text;

    /// <summary>The leading title of the text: what comes before the first "(" or ":" (e.g. "Unit Tests").</summary>
    public string Title
    {
        get
        {
            var cut = Text.IndexOfAny(['(', ':']);
            return cut > 0 ? Text[..cut] : Text;
        }
    }

    private static string Bounded(string text) => text.Length <= ClaimLimits.MaxSourceChars ? text : text[..ClaimLimits.MaxSourceChars];

    private static bool IsNumbering(Quantity q) =>
        q.Start == 0 && q.Shape == QuantityShape.Number && q.Comparison == Comparison.Exactly;

    /// <summary>The clause around a position: bounded by , ; ( ) | or " vs ".</summary>
    public string ClauseAround(int start, int end)
    {
        var from = Text.LastIndexOfAny([',', ';', '(', ')', '|', '[', ']'], Math.Max(0, start - 1)) + 1;
        if (start == 0)
        {
            from = 0;
        }

        var to = Text.IndexOfAny([',', ';', '(', ')', '|', '[', ']'], Math.Min(end, Text.Length));
        var clause = Text[from..(to < 0 ? Text.Length : to)];
        var vs = clause.IndexOf(" vs ", StringComparison.OrdinalIgnoreCase);
        return vs < 0 ? clause : (start - from < vs ? clause[..vs] : clause[(vs + 4)..]);
    }
}
