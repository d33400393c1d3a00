using System.Text;

namespace ReadinessAction.Reporting;

/// <summary>
/// The hidden first line of our PR comment, by which a later run finds and updates it. One marker per status context,
/// so two checks on the same PR keep two comments.
/// </summary>
public static class CommentMarker
{
    private const string Prefix = "<!-- readiness-action:";
    private const int MaxContextLength = 200;

    public static string For(string statusContext) => $"{Prefix}{Sanitise(statusContext)} -->";

    // Only characters that cannot end the HTML comment or start a new line survive; "--" is collapsed so "-->" cannot form.
    private static string Sanitise(string? statusContext)
    {
        var text = new StringBuilder();
        foreach (var c in statusContext ?? "")
        {
            var kept = char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '/' or ':' or '@' or '+' or ' ' or '-' ? c : '_';
            if (kept == '-' && text.Length > 0 && text[^1] == '-')
            {
                continue;
            }

            text.Append(kept);
            if (text.Length == MaxContextLength)
            {
                break;
            }
        }

        var sanitised = text.ToString().Trim();
        return sanitised.Length == 0 ? "readiness" : sanitised;
    }
}
