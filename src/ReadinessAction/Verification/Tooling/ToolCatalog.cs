using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

using ReadinessAction.Workspace;

namespace ReadinessAction.Verification.Tooling;

/// <summary>A tool a checklist can say is configured, and the files that show it (data: tools.tsv).</summary>
internal sealed record Tool(string Name, Regex Words, IReadOnlyList<GlobPattern> ConfigFiles, IReadOnlyList<string> Globs);

/// <summary>The tools of tools.tsv, embedded in the assembly; a missing or broken table is a build bug and throws.</summary>
internal static class ToolCatalog
{
    private const string Resource = "ReadinessAction.Verification.Tooling.tools.tsv";

    public static IReadOnlyList<Tool> All { get; } = Load();

    private static List<Tool> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The tool table '{Resource}' is not embedded in the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var tools = new List<Tool>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 3)
            {
                throw new InvalidOperationException($"{Resource}: '{line}' does not have 3 columns");
            }

            var globs = cells[2].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            tools.Add(new Tool(
                cells[0],
                new Regex($@"(?<![\p{{L}}\p{{N}}-])(?:{cells[1]})(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
                [.. globs.Select(GlobPattern.Parse)],
                globs));
        }

        return tools;
    }
}
