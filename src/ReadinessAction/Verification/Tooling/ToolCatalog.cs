using System.Text.RegularExpressions;

using ReadinessAction.Evidence;
using ReadinessAction.Workspace;

namespace ReadinessAction.Verification.Tooling;

/// <summary>A tool a checklist can say is configured, and the files that show it (data: tools.tsv).</summary>
internal sealed record Tool(string Name, Regex Words, IReadOnlyList<GlobPattern> ConfigFiles, IReadOnlyList<string> Globs);

/// <summary>The tools of tools.tsv, embedded in the assembly.</summary>
internal static class ToolCatalog
{
    public static IReadOnlyList<Tool> All { get; } =
    [
        .. EmbeddedTable.Rows("ReadinessAction.Verification.Tooling.tools.tsv", 3).Select(cells =>
        {
            var globs = cells[2].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return new Tool(cells[0], EmbeddedTable.WholeWords(cells[1]), [.. globs.Select(GlobPattern.Parse)], globs);
        }),
    ];
}
