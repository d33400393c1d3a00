using System.Globalization;
using System.Text.RegularExpressions;

using HandlebarsDotNet.Compiler;

namespace ReadinessAction.Reporting.Templates;

/// <summary>
/// Turns a Handlebars.Net exception into a short message and a template line. Handlebars.Net rarely says where an
/// error is, so the line is found from the name the error mentions, or by compiling ever longer prefixes of the template.
/// </summary>
internal static partial class TemplateErrorLocator
{
    public static string Describe(Exception error, string template)
    {
        if (error is HandlebarsUndefinedBindingException binding)
        {
            // Handlebars.Net reports "{{shout text}}" with no helper "shout" as an undefined binding too.
            return IsCalledWithArguments(template, binding.MissingKey)
                ? $"unknown helper '{binding.MissingKey}'"
                : $"unknown field '{binding.Path ?? binding.MissingKey}' (the fields are listed in README, \"Comment templates\")";
        }

        var name = MentionedName(error.Message);
        if (name is not null)
        {
            return PartialName().IsMatch(error.Message)
                ? $"unknown partial '{name}' (only partials defined in the template with {{{{#*inline}}}} exist)"
                : $"unknown helper '{name}'";
        }

        var firstLine = error.Message.Split('\n', 2)[0].Trim();
        return firstLine.Length == 0 ? error.GetType().Name : firstLine;
    }

    /// <summary>The 1-based line of the template the error is about, or null when it cannot be told.</summary>
    public static int? LineOf(Exception error, string template, Func<string, Exception?> compileError)
    {
        var name = error is HandlebarsUndefinedBindingException binding ? binding.MissingKey : MentionedName(error.Message);
        if (name is not null && LineOfName(template, name) is { } named)
        {
            return named;
        }

        return LineOfPrefix(error, template, compileError) ?? ReportedLine(error.Message);
    }

    private static string? MentionedName(string message)
    {
        var match = HelperName().Match(message);
        if (!match.Success)
        {
            match = PartialName().Match(message);
        }

        return match.Success ? match.Groups["name"].Value : null;
    }

    private static bool IsCalledWithArguments(string template, string name) =>
        Regex.IsMatch(template, @"\{\{[~{]?\s*" + Regex.Escape(name) + @"\s+[^\s}~]", RegexOptions.None, TimeSpan.FromSeconds(1));

    private static int? LineOfName(string template, string name)
    {
        var pattern = @"\{\{[^}]*?(?<![\w-])" + Regex.Escape(name) + @"(?![\w-])";
        var match = Regex.Match(template, pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        return match.Success ? LineAt(template, match.Index) : null;
    }

    // An unclosed block is where the last prefix that compiled without this error ends; any other error is on the
    // first line whose prefix fails with it.
    private static int? LineOfPrefix(Exception error, string template, Func<string, Exception?> compileError)
    {
        var lines = template.ReplaceLineEndings("\n").Split('\n');
        bool FailsTheSame(int count) =>
            compileError(string.Join('\n', lines.Take(count))) is { } e && e.GetType() == error.GetType() && e.Message == error.Message;

        if (!FailsTheSame(lines.Length))
        {
            return null;
        }

        if (error.Message.StartsWith("Reached end of template", StringComparison.Ordinal))
        {
            var count = lines.Length;
            while (count > 0 && FailsTheSame(count))
            {
                count--;
            }

            return Math.Min(count + 1, lines.Length);
        }

        for (var count = 1; count <= lines.Length; count++)
        {
            if (FailsTheSame(count))
            {
                return count;
            }
        }

        return null;
    }

    private static int? ReportedLine(string message)
    {
        var match = OccurredAt().Match(message);
        return match.Success ? int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture) : null;
    }

    private static int LineAt(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    [GeneratedRegex(@"Helper '#?(?<name>[^']+)'", RegexOptions.None, 1000)]
    private static partial Regex HelperName();

    [GeneratedRegex(@"partial name '(?<name>[^']+)'", RegexOptions.None, 1000)]
    private static partial Regex PartialName();

    [GeneratedRegex(@"Occured at: (?<line>\d+):\d+", RegexOptions.None, 1000)]
    private static partial Regex OccurredAt();
}
