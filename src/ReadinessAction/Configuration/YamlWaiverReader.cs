using System.Globalization;
using System.Text.RegularExpressions;

using YamlDotNet.RepresentationModel;

namespace ReadinessAction.Configuration;

/// <summary>
/// Reads <c>ignore:</c>, a list of waivers (<c>path</c>, <c>line</c> or <c>text</c>, and a required <c>reason</c>),
/// into flat keys (<c>ignore:0:reason</c>), checking each entry so that an error names the file and the entry's line.
/// </summary>
internal static class YamlWaiverReader
{
    public const string Key = "ignore";

    /// <summary>The entry keys, in documentation order; <c>origin</c> is added, not written by the user.</summary>
    public static readonly string[] EntryKeys = ["path", "line", "text", "reason"];

    public const string Origin = "origin";

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(YamlNode node, string file, string origin, Func<YamlNode, bool> isNull)
    {
        if (isNull(node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            throw ConfigurationValueChecker.Error(origin, $"'{Key}' expects a list of entries (path, line or text, reason), not a single value");
        }

        return [.. sequence.Children.Select(item => Entry(item, file, isNull))];
    }

    private static Dictionary<string, string> Entry(YamlNode item, string file, Func<YamlNode, bool> isNull)
    {
        var at = $"{file}:{item.Start.Line}";
        if (item is not YamlMappingNode map)
        {
            throw ConfigurationValueChecker.Error(at, $"each item of '{Key}' must be a mapping with path, line or text, and reason");
        }

        var entry = new Dictionary<string, string>(StringComparer.Ordinal) { [Origin] = at };
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var keyAt = $"{file}:{keyNode.Start.Line}";
            var key = (keyNode as YamlScalarNode)?.Value?.Trim().ToLowerInvariant() ?? "";
            if (!EntryKeys.Contains(key))
            {
                throw ConfigurationValueChecker.Error(keyAt, KeySuggestion.UnknownKey(key, [Key], EntryKeys));
            }

            if (valueNode is not YamlScalarNode { Value: { } raw } || isNull(valueNode) || raw.Trim().Length == 0)
            {
                throw ConfigurationValueChecker.Error(keyAt, $"'{Key}.{key}' expects a single non-empty value");
            }

            entry[key] = Check(key, raw.Trim(), keyAt);
        }

        return Complete(entry, at);
    }

    private static string Check(string key, string value, string at)
    {
        switch (key)
        {
            case "path":
                return ConfigurationValueChecker.Check(ConfigurationValueKind.GlobList, value, [Key, key], at);
            case "line":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var line) && line > 0
                    ? line.ToString(CultureInfo.InvariantCulture)
                    : throw ConfigurationValueChecker.Error(at, $"'{Key}.line' expects a line number (1 or more), not '{value}'");
            case "text" when value.Length > 2 && value.StartsWith('/') && value.EndsWith('/'):
                try
                {
                    _ = new Regex(value[1..^1], RegexOptions.None, TimeSpan.FromSeconds(1));
                    return value;
                }
                catch (ArgumentException e)
                {
                    throw ConfigurationValueChecker.Error(at, $"'{Key}.text' is an invalid regular expression {value}: {e.Message}");
                }

            default:
                return value;
        }
    }

    private static Dictionary<string, string> Complete(Dictionary<string, string> entry, string at)
    {
        if (!entry.ContainsKey("reason"))
        {
            throw ConfigurationValueChecker.Error(at, $"this '{Key}' entry has no 'reason': say why the claims are accepted without proof");
        }

        if (!entry.ContainsKey("line") && !entry.ContainsKey("text"))
        {
            throw ConfigurationValueChecker.Error(at, $"this '{Key}' entry needs 'line' or 'text' to say which claims it waives");
        }

        if (entry.ContainsKey("line") && !entry.ContainsKey("path"))
        {
            throw ConfigurationValueChecker.Error(at, $"this '{Key}' entry gives a 'line' but no 'path' (the checklist the line is in)");
        }

        return entry;
    }
}
