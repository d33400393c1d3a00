using System.Text;
using System.Text.RegularExpressions;

namespace ReadinessAction.Workspace;

/// <summary>
/// A workspace-relative glob: <c>**</c> spans directories, <c>*</c> and <c>?</c> stay within one segment,
/// <c>{a,b}</c> alternates. Matching is case-insensitive and uses forward slashes.
/// </summary>
public sealed class GlobPattern
{
    private readonly Regex _regex;

    private GlobPattern(string text, Regex regex)
    {
        Text = text;
        _regex = regex;
    }

    public string Text { get; }

    /// <summary>True when the pattern has no wildcard: it names one path.</summary>
    public bool IsLiteral => Text.IndexOfAny(['*', '?', '{', '[']) < 0;

    public bool IsMatch(string relativePath) => _regex.IsMatch(relativePath.Replace('\\', '/'));

    public static GlobPattern Parse(string glob)
    {
        ArgumentNullException.ThrowIfNull(glob);
        var text = glob.Replace('\\', '/').Trim();
        while (text.StartsWith("./", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        if (text.Length == 0)
        {
            throw new FormatException("an empty glob matches nothing");
        }

        var regex = new StringBuilder("^");
        var braceDepth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '*' when i + 1 < text.Length && text[i + 1] == '*':
                    var atSegmentStart = i == 0 || text[i - 1] == '/';
                    var followedBySlash = i + 2 < text.Length && text[i + 2] == '/';
                    if (atSegmentStart && followedBySlash)
                    {
                        regex.Append("(?:.*/)?");
                        i += 2;
                    }
                    else
                    {
                        regex.Append(".*");
                        i += 1;
                    }

                    break;
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '{':
                    braceDepth++;
                    regex.Append("(?:");
                    break;
                case '}' when braceDepth > 0:
                    braceDepth--;
                    regex.Append(')');
                    break;
                case ',' when braceDepth > 0:
                    regex.Append('|');
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        if (braceDepth != 0)
        {
            throw new FormatException($"unbalanced '{{' in glob '{glob}'");
        }

        regex.Append('$');
        return new GlobPattern(text, new Regex(regex.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
    }

    public override string ToString() => Text;
}
