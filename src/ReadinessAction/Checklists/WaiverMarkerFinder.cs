using System.Text.RegularExpressions;

namespace ReadinessAction.Checklists;

/// <summary>Finds <see cref="WaiverMarker"/>s in a checklist's source, outside code blocks.</summary>
internal static partial class WaiverMarkerFinder
{
    public static IReadOnlyList<WaiverMarker> Find(string markdown, ChecklistDocument document, IReadOnlySet<int> codeLines)
    {
        // A marker on a line is a match in the whole text too: most files hold none, and are not split into lines.
        if (!Marker().IsMatch(markdown))
        {
            return [];
        }

        var lines = markdown.Split('\n');
        var headings = document.AllSections().Where(s => s.Level > 0).ToDictionary(s => s.Line);
        var markers = new List<WaiverMarker>();
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var match = Marker().Match(lines[i]);
            if (!match.Success || codeLines.Contains(number))
            {
                continue;
            }

            var reason = match.Groups["reason"].Value.Trim().TrimStart(':', '-', '—', '–', ',', ';').Trim();
            var alone = lines[i].Trim().Length == match.Length;
            var section = alone ? HeadingAbove(lines, i, headings) : null;
            markers.Add(section is null
                ? new WaiverMarker(number, number, number, reason.Length == 0 ? null : reason, null)
                : new WaiverMarker(number, section.Line, section.EndLine, reason.Length == 0 ? null : reason, section.Title));
        }

        return markers;
    }

    /// <summary>The section whose heading is the nearest non-blank line above (an ATX heading, or a setext one and its underline).</summary>
    private static ChecklistSection? HeadingAbove(string[] lines, int index, Dictionary<int, ChecklistSection> headings)
    {
        var above = index - 1;
        while (above >= 0 && lines[above].Trim().Length == 0)
        {
            above--;
        }

        if (above < 0)
        {
            return null;
        }

        if (headings.TryGetValue(above + 1, out var section))
        {
            return section;
        }

        return SetextUnderline().IsMatch(lines[above]) && headings.TryGetValue(above, out var setext) ? setext : null;
    }

    [GeneratedRegex(@"<!--\s*readiness\s*:\s*ignore\b(?<reason>.*?)-->", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    [GeneratedRegex(@"^ {0,3}(=+|-+)\s*$")]
    private static partial Regex SetextUnderline();
}
