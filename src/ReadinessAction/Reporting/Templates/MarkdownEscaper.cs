using System.Globalization;
using System.Text;

namespace ReadinessAction.Reporting.Templates;

/// <summary>
/// Makes text from checklists and artifacts render literally wherever a template puts it: Markdown paragraphs, table
/// cells, link text and inline HTML (<c>&lt;summary&gt;</c>). Every active character becomes a numeric character
/// reference, which Markdown and HTML both decode, so one escaping fits every context except code spans (where
/// templates must not put such text); an underscore inside a word stays as it is, since it cannot start emphasis. Mentions and
/// references are the host's (<see cref="ReportDialect.EscapeMention"/>; GitHub: <c>@user</c> and <c>#123</c> get an
/// invisible word joiner) so nobody is pinged and nothing is linked.
/// </summary>
public static class MarkdownEscaper
{
    /// <summary>Text longer than this (in characters, before escaping) is cut with an ellipsis.</summary>
    public const int DefaultMaxLength = 1_000;

    /// <summary>U+2060: invisible, and breaks a mention or reference apart.</summary>
    public const string WordJoiner = "&#8288;";

    public static string Escape(string? text, int maxLength = DefaultMaxLength, ReportDialect? dialect = null)
    {
        var mentions = (dialect ?? ReportDialect.GitHub).EscapeMention;
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var flat = Flatten(text, maxLength);
        var escaped = new StringBuilder(flat.Length + (flat.Length / 4));
        for (var i = 0; i < flat.Length; i++)
        {
            var c = flat[i];
            var previous = i > 0 ? flat[i - 1] : '\0';
            var next = i + 1 < flat.Length ? flat[i + 1] : '\0';
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ when mentions(c, next) is { } mention => mention,
                '_' when char.IsLetterOrDigit(previous) && char.IsLetterOrDigit(next) => "_",
                '|' or '\\' or '`' or '*' or '_' or '[' or ']' or '~' or '#' or '$' => Reference(c),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static string Reference(char c) => string.Create(CultureInfo.InvariantCulture, $"&#{(int)c};");

    // One line: line breaks and tabs become spaces, other control and bidi-override characters are dropped.
    private static string Flatten(string text, int maxLength)
    {
        var flat = new StringBuilder(Math.Min(text.Length, maxLength + 1));
        foreach (var c in text)
        {
            if (c is '\r' or '\n' or '\t' or '\u2028' or '\u2029')
            {
                if (flat.Length > 0 && flat[^1] != ' ')
                {
                    flat.Append(' ');
                }
            }
            else if (!char.IsControl(c) && !IsBidiControl(c))
            {
                flat.Append(c);
            }
        }

        var trimmed = flat.ToString().Trim();
        if (trimmed.Length <= maxLength)
        {
            return trimmed;
        }

        var cut = char.IsHighSurrogate(trimmed[maxLength - 1]) ? maxLength - 1 : maxLength;
        return string.Concat(trimmed.AsSpan(0, cut).TrimEnd(), "…");
    }

    private static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
