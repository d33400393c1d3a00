namespace ReadinessAction.Reporting.Templates;

/// <summary>How a claim status looks to a release manager: label, emoji, and its place (most urgent first).</summary>
internal sealed record StatusStyle(string Status, string Label, string Emoji, int Order)
{
    public const string Contradicted = "contradicted";

    public static IReadOnlyList<StatusStyle> Known { get; } =
    [
        new(Contradicted, "Contradicted", "❌", 0),
        new("unverifiable", "Unverifiable", "❔", 1),
        new("unmet", "Unmet", "⬜", 2),
        new("understated", "Understated", "🔽", 3),
        new("verified", "Verified", "✅", 4),
        new("met", "Met", "☑️", 5),
    ];

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
