using System.Text.RegularExpressions;

using ReadinessAction.Claims;
using ReadinessAction.Workspace;

namespace ReadinessAction.Verification;

/// <summary>
/// An <c>ignore:</c> entry of the configuration: the claims of checklists matching <see cref="Path"/> that are on
/// <see cref="Line"/> and whose text contains <see cref="Text"/> (a <c>/regular expression/</c> when written so) are waived.
/// </summary>
public sealed class WaiverRule
{
    private readonly GlobPattern _path;
    private readonly Regex? _pattern;

    /// <exception cref="FormatException">The glob is invalid.</exception>
    /// <exception cref="ArgumentException">The text is an invalid regular expression.</exception>
    public WaiverRule(string path, int? line, string? text, string reason, string origin)
    {
        _path = GlobPattern.Parse(path);
        if (text is { Length: > 2 } && text.StartsWith('/') && text.EndsWith('/'))
        {
            _pattern = new Regex(text[1..^1], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        (Path, Line, Text, Reason, Origin) = (path, line, text, reason, origin);
    }

    public string Path { get; }

    public int? Line { get; }

    public string? Text { get; }

    public string Reason { get; }

    /// <summary>Where the entry is written: <c>.github/readiness.yml:12</c>.</summary>
    public string Origin { get; }

    public bool Matches(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return (Line is null || Line == claim.Line) && _path.IsMatch(claim.Path) && (Text is null || MatchesText(claim.Text));
    }

    private bool MatchesText(string text)
    {
        if (_pattern is null)
        {
            return text.Contains(Text!, StringComparison.OrdinalIgnoreCase);
        }

        try
        {
            return _pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
