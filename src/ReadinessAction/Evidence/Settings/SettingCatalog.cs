using System.Text.RegularExpressions;

using ReadinessAction.Workspace;

namespace ReadinessAction.Evidence.Settings;

/// <summary>A configuration setting a checklist can say is on, and where it lives (data: settings.tsv).</summary>
public sealed record Setting(string Name, Regex Words, Regex Context, IReadOnlyList<GlobPattern> Files, IReadOnlyList<string> Globs, IReadOnlyList<string> KeyPath, string OnValue)
{
    public string Key => string.Join('.', KeyPath);
}

/// <summary>The settings of settings.tsv, embedded in the assembly.</summary>
public static class SettingCatalog
{
    public static IReadOnlyList<Setting> All { get; } =
    [
        .. EmbeddedTable.Rows("ReadinessAction.Evidence.Settings.settings.tsv", 6).Select(cells =>
        {
            var globs = cells[3].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return new Setting(cells[0], EmbeddedTable.WholeWords(cells[1]), EmbeddedTable.WholeWords(cells[2]), [.. globs.Select(GlobPattern.Parse)], globs, cells[4].Split('.'), cells[5]);
        }),
    ];
}
