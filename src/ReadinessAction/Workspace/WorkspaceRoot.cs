using ReadinessAction.Diagnostics;

namespace ReadinessAction.Workspace;

/// <summary>Validates the workspace folder and the globs given for it; problems are usage errors (exit code 2).</summary>
public static class WorkspaceRoot
{
    public static string Open(string workspace)
    {
        var full = Path.GetFullPath(string.IsNullOrWhiteSpace(workspace) ? "." : workspace);
        if (!Directory.Exists(full))
        {
            throw new ReadinessUsageException($"the workspace folder '{workspace}' does not exist");
        }

        return full;
    }

    public static IReadOnlyList<GlobPattern> ParseGlobs(IEnumerable<string> globs, string what)
    {
        var parsed = new List<GlobPattern>();
        foreach (var glob in globs)
        {
            try
            {
                parsed.Add(GlobPattern.Parse(glob));
            }
            catch (FormatException e)
            {
                throw new ReadinessUsageException($"the {what} glob '{glob}' is not valid: {e.Message}");
            }
        }

        return parsed;
    }
}
