namespace ReadinessAction.Configuration;

/// <summary>
/// Refuses YAML nested deeper than <see cref="MaxDepth"/> before YamlDotNet sees it: its parser and the representation
/// model recurse per level, so 30,000 <c>[</c> overflow the stack and kill the process. A cheap over-estimate is
/// enough: block indentation levels, compact <c>- - -</c> entries and open flow brackets outside quotes and comments.
/// </summary>
internal static class YamlNestingLimit
{
    public const int MaxDepth = 64;

    /// <exception cref="Diagnostics.ReadinessUsageException">Too deep; names the file and the line.</exception>
    public static void Check(string yaml, string displayPath)
    {
        var indents = new Stack<int>();
        var flow = 0;
        var quote = '\0';
        var lineNumber = 0;
        foreach (var line in yaml.Split('\n'))
        {
            lineNumber++;
            var block = flow == 0 && quote == '\0' ? BlockDepth(line, indents) : indents.Count;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quote != '\0')
                {
                    quote = EndsQuote(line, ref i, quote) ? '\0' : quote;
                }
                else if (c is '\'' or '"' && StartsScalar(line, i))
                {
                    quote = c;
                }
                else if (c == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
                {
                    break;
                }
                else if (c is '[' or '{')
                {
                    flow++;
                }
                else if (c is ']' or '}')
                {
                    flow = Math.Max(0, flow - 1);
                }

                if (block + flow > MaxDepth)
                {
                    throw ConfigurationValueChecker.Error($"{displayPath}:{lineNumber}", $"the YAML is nested more than {MaxDepth} levels deep; the configuration is not read");
                }
            }

            if (block > MaxDepth)
            {
                throw ConfigurationValueChecker.Error($"{displayPath}:{lineNumber}", $"the YAML is nested more than {MaxDepth} levels deep; the configuration is not read");
            }
        }
    }

    private static int BlockDepth(string line, Stack<int> indents)
    {
        var indent = 0;
        while (indent < line.Length && line[indent] == ' ')
        {
            indent++;
        }

        var rest = line.AsSpan(indent).TrimEnd();
        if (rest.IsEmpty || rest[0] == '#')
        {
            return indents.Count;
        }

        while (indents.Count > 0 && indents.Peek() >= indent)
        {
            indents.Pop();
        }

        indents.Push(indent);
        var compact = 0;
        while (rest.Length > 0 && rest[0] is '-' or '?' && (rest.Length == 1 || rest[1] == ' '))
        {
            compact++;
            rest = rest[1..].TrimStart(' ');
        }

        return indents.Count + compact;
    }

    /// <summary>A quote starts a quoted scalar only where a value can start; <c>it's</c> is plain text.</summary>
    private static bool StartsScalar(string line, int i)
    {
        var before = line.AsSpan(0, i).TrimEnd();
        return before.IsEmpty || before[^1] is ':' or '-' or '?' or '[' or '{' or ',';
    }

    /// <summary>True when the quote closes at <paramref name="i"/>; skips escapes (<c>\"</c>, <c>''</c>).</summary>
    private static bool EndsQuote(string line, ref int i, char quote)
    {
        if (quote == '"' && line[i] == '\\')
        {
            i++;
            return false;
        }

        if (line[i] != quote)
        {
            return false;
        }

        if (quote == '\'' && i + 1 < line.Length && line[i + 1] == '\'')
        {
            i++;
            return false;
        }

        return true;
    }
}
