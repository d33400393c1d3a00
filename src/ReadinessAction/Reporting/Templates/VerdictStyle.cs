namespace ReadinessAction.Reporting.Templates;

/// <summary>The words and emoji for a verdict: "pass", "fail", anything else reads as not judged.</summary>
internal sealed record VerdictStyle(string Verdict, string Label, string Emoji, bool Passed, bool Failed)
{
    public static VerdictStyle For(string? verdict) => verdict?.Trim().ToLowerInvariant() switch
    {
        "pass" or "passed" => new("pass", "passed", "✅", true, false),
        "fail" or "failed" => new("fail", "failed", "❌", false, true),
        _ => new(MarkdownEscaper.Escape(verdict, 40), "not judged", "⚠️", false, false),
    };
}
