using System.Text.RegularExpressions;

namespace ReadinessAction.Reporting.Templates;

/// <summary>
/// The last resort when a template's fixed text alone is too long: cut at a paragraph (or line) boundary that is not
/// inside an HTML comment or tag, then close any open code fence and <c>&lt;details&gt;</c>.
/// </summary>
internal static partial class MarkdownCutter
{
    public static string Cut(string text, int maxSize, Func<string, int> measure)
    {
        if (measure(text) <= maxSize)
        {
            return text;
        }

        var end = Math.Min(text.Length, maxSize);
        while (end > 0)
        {
            var boundary = Boundary(text, end);
            if (boundary <= 0)
            {
                return "";
            }

            var candidate = Closed(text[..boundary]);
            if (IsSafeCut(text[..boundary]) && measure(candidate) <= maxSize)
            {
                return candidate;
            }

            end = boundary - 1;
        }

        return "";
    }

    private static int Boundary(string text, int end)
    {
        var paragraph = text.LastIndexOf("\n\n", end - 1, StringComparison.Ordinal);
        var line = text.LastIndexOf('\n', end - 1);
        return paragraph > 0 && paragraph >= line - 2_000 ? paragraph + 1 : line + 1;
    }

    private static bool IsSafeCut(string prefix) =>
        prefix.LastIndexOf("<!--", StringComparison.Ordinal) <= prefix.LastIndexOf("-->", StringComparison.Ordinal)
        && prefix.LastIndexOf('<') <= prefix.LastIndexOf('>');

    private static string Closed(string prefix)
    {
        var closers = "";
        if (Fence().Count(prefix) % 2 == 1)
        {
            closers += "```\n";
        }

        var openDetails = DetailsOpen().Count(prefix) - DetailsClose().Count(prefix);
        for (var i = 0; i < openDetails; i++)
        {
            closers += "\n</details>\n";
        }

        return prefix + closers;
    }

    [GeneratedRegex(@"^\s{0,3}```", RegexOptions.Multiline, 1000)]
    private static partial Regex Fence();

    [GeneratedRegex(@"<details\b", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex DetailsOpen();

    [GeneratedRegex(@"</details\s*>", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex DetailsClose();
}
