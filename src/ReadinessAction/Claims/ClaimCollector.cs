using System.Text.RegularExpressions;

namespace ReadinessAction.Claims;

/// <summary>Gathers the claims recognisers find in one source; a quantity or a span of text is claimed once.</summary>
public sealed partial class ClaimCollector
{
    private readonly List<Claim> _claims = [];
    // The quantities taken, compared by reference: a line holds a handful, so a list is searched faster than a set
    // hashes (an object's identity hash is made on its first use, and every quantity is asked about).
    private readonly List<Quantity> _used = [];
    private readonly List<(int Start, int End)> _spans = [];

    public ClaimCollector(ClaimSource source)
    {
        Source = source;
    }

    public ClaimSource Source { get; }

    public IReadOnlyList<Claim> Claims => _claims;

    public IEnumerable<Quantity> Free => Source.Quantities.Where(IsFree);

    public bool IsFree(Quantity quantity)
    {
        foreach (var used in _used)
        {
            if (ReferenceEquals(used, quantity))
            {
                return false;
            }
        }

        return true;
    }

    public bool IsFree(int start, int end) => !_spans.Any(s => start < s.End && s.Start < end);

    /// <summary>A new claim on this source with the source's location, text and asserted flag.</summary>
    /// <remarks>A clause that says what is needed ("some repos need 80% coverage") requires rather than asserts.</remarks>
    public Claim New(ClaimKind kind, string claimed, int spanStart, int spanEnd) =>
        new(kind, Source.Document.Path, Source.Line.Line, Source.Asserted && !ModalClause(spanStart, spanEnd), Source.DisplayText, claimed, Source.Origin, Source.Line.Section)
        {
            SpanStart = spanStart,
            SpanEnd = spanEnd,
        };

    private bool ModalClause(int start, int end) =>
        start < end && end <= Source.Text.Length && ModalWord().IsMatch(Source.ClauseAround(start, end));

    [GeneratedRegex(@"\b(?:need|needs|must|should|required|requires|to be)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ModalWord();

    public void Replace(Claim old, Claim updated)
    {
        _claims[_claims.IndexOf(old)] = updated;
    }

    public void Use(Quantity quantity)
    {
        if (IsFree(quantity))
        {
            _used.Add(quantity);
        }
    }

    /// <summary>Takes a span (a table cell read by its column) from the recognisers that come later, without a claim.</summary>
    public void Reserve(int start, int end)
    {
        foreach (var q in Source.Quantities.Where(q => q.Start >= start && q.End <= end))
        {
            Use(q);
        }

        _spans.Add((start, end));
    }

    public void Add(Claim claim, params Quantity?[] uses)
    {
        _claims.Add(claim);
        foreach (var q in uses.OfType<Quantity>())
        {
            Use(q);
        }

        _spans.Add((claim.SpanStart, claim.SpanEnd));
    }
}
