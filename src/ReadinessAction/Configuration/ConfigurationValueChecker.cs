using System.Globalization;
using System.Text.RegularExpressions;

using ReadinessAction.Diagnostics;
using ReadinessAction.Verification;
using ReadinessAction.Workspace;

namespace ReadinessAction.Configuration;

/// <summary>
/// Checks one value (or one list item) against its key's kind and returns its canonical text.
/// Every message starts with the origin: <c>path:line: </c>, or the variable, input or option it came from.
/// </summary>
internal static partial class ConfigurationValueChecker
{
    private static readonly string StatusList = string.Join(", ", Enum.GetValues<ClaimStatus>().Select(StatusNames.Of));

    public static string Check(ConfigurationValueKind kind, string value, IReadOnlyList<string> path, string origin)
    {
        var key = ConfigurationSchema.Display(path);
        var text = value.Trim();
        switch (kind)
        {
            case ConfigurationValueKind.GlobList:
                CheckGlob(text, $"'{key}' has an invalid glob", origin);
                return text;
            case ConfigurationValueKind.StatusList:
                var status = StatusNames.ParseStatus(text) ?? throw Error(origin, $"'{key}': unknown status '{text}'{StatusHint(text)}");
                return StatusNames.Of(status);
            case ConfigurationValueKind.Number:
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
                {
                    throw Error(origin, $"'{key}' expects a number of percentage points, not '{text}'");
                }

                return number >= 0
                    ? number.ToString("R", CultureInfo.InvariantCulture)
                    : throw Error(origin, $"'{key}' must not be negative (got {text})");
            case ConfigurationValueKind.Boolean:
                return text.ToLowerInvariant() switch
                {
                    "true" or "yes" or "on" or "1" => "true",
                    "false" or "no" or "off" or "0" => "false",
                    _ => throw Error(origin, $"'{key}' expects true or false, not '{text}'"),
                };
            default:
                return text.Length > 0 ? text : throw Error(origin, $"'{key}' must not be empty");
        }
    }

    /// <summary>Checks the name of a map entry: a scope name, or a branch glob.</summary>
    public static string CheckEntryName(ConfigurationNode map, string name, IReadOnlyList<string> parentPath, string origin)
    {
        var text = name.Trim();
        var where = ConfigurationSchema.Display(parentPath);
        if (text.Length == 0 || text.Contains(':', StringComparison.Ordinal))
        {
            throw Error(origin, $"'{where}': the {map.EntryName} '{name}' must be non-empty and contain no ':'");
        }

        if (map.EntryName == ConfigurationSchema.BranchGlob)
        {
            CheckGlob(text, $"'{where}' has an invalid branch glob", origin);
        }

        return text;
    }

    /// <summary>The error, carrying the file and line when the origin is <c>path:line</c> (a configuration file).</summary>
    public static ReadinessUsageException Error(string origin, string message)
    {
        var at = FileOrigin().Match(origin);
        return at.Success
            ? new($"{origin}: {message}") { Path = at.Groups["path"].Value, Line = int.Parse(at.Groups["line"].Value, CultureInfo.InvariantCulture) }
            : new($"{origin}: {message}");
    }

    private static void CheckGlob(string glob, string what, string origin)
    {
        try
        {
            GlobPattern.Parse(glob);
        }
        catch (FormatException e)
        {
            throw Error(origin, $"{what} '{glob}': {e.Message}");
        }
    }

    [GeneratedRegex(@"^(?<path>.+):(?<line>[0-9]{1,9})$")]
    private static partial Regex FileOrigin();

    private static string StatusHint(string text) =>
        KeySuggestion.Closest(text, Enum.GetValues<ClaimStatus>().Select(StatusNames.Of)) is { } suggestion
            ? $" (did you mean '{suggestion}'?)"
            : $" (statuses: {StatusList})";
}
