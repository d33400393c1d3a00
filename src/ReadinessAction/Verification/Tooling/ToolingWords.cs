using System.Text.RegularExpressions;

namespace ReadinessAction.Verification.Tooling;

/// <summary>Words that turn a tooling or setting claim around ("no Dockerfile yet", "strict mode not enabled").</summary>
internal static partial class ToolingWords
{
    public static bool Negated(string text) => NegationWords().IsMatch(text);

    [GeneratedRegex(@"\b(no|not|without|missing|todo|pending|planned|disabled)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegationWords();
}
