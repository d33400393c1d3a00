namespace ReadinessAction.Reporting.Templates;

/// <summary>How a claim status looks to a release manager: label, emoji, and its place (most urgent first).</summary>
internal sealed record StatusStyle(string Status, string Label, string Emoji, int Order)
{
    public const string Contradicted = "contradicted";

    /// <summary>Verified by the document's own arithmetic only: consistent within it, not confirmed by CI.</summary>
    public const string Consistent = "consistent";

    public static IReadOnlyList<StatusStyle> Known { get; } =
    [
        new(Contradicted, "Contradicted", "❌", 0),
        new("unverifiable", "Unverifiable", "❔", 1),
        new("unmet", "Unmet", "⬜", 2),
        new("understated", "Understated", "🔽", 3),
        new("verified", "Verified", "✅", 4),
        new(Consistent, "Consistent within the document", "📄", 5),
        new("met", "Met", "☑️", 6),
    ];

    /// <summary>The style of a claim: a claim verified on the document alone reads as consistent, never as verified.</summary>
    public static StatusStyle For(string? status, string? basis) => BasisWording.IsConsistentOnly(status, basis) ? For(Consistent) : For(status);

    public static StatusStyle For(string? status)
    {
        var known = Known.FirstOrDefault(s => string.Equals(s.Status, status, StringComparison.OrdinalIgnoreCase));
        if (known is not null)
        {
            return known;
        }

        var escaped = MarkdownEscaper.Escape(status, 40);
        return new StatusStyle(escaped, escaped.Length == 0 ? "Unknown" : escaped, "🔹", Known.Count);
    }

    public static bool IsContradicted(string? status) => string.Equals(status, Contradicted, StringComparison.OrdinalIgnoreCase);
}
