namespace ReadinessAction.Workspace;

/// <summary>Finds files under a workspace by glob, skipping tool and dependency folders, never leaving the workspace.</summary>
public sealed class WorkspaceFileFinder
{
    private static readonly HashSet<string> SkippedDirectories = new(StringComparer.OrdinalIgnoreCase)
    {
        ".git", "node_modules", "bin", "obj",
    };

    private readonly string _root;

    public WorkspaceFileFinder(string workspaceRoot)
    {
        _root = Path.GetFullPath(workspaceRoot);
    }

    /// <summary>Workspace-relative paths (forward slashes, sorted) of files matching any of the globs.</summary>
    public IReadOnlyList<string> Find(IEnumerable<GlobPattern> globs)
    {
        var patterns = globs.ToList();
        var found = new List<string>();
        foreach (var file in Walk(_root))
        {
            var relative = Path.GetRelativePath(_root, file).Replace('\\', '/');
            if (patterns.Any(p => p.IsMatch(relative)))
            {
                found.Add(relative);
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static IEnumerable<string> Walk(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(directory, "*", options))
            {
                yield return file;
            }

            foreach (var sub in Directory.EnumerateDirectories(directory, "*", options))
            {
                if (!SkippedDirectories.Contains(Path.GetFileName(sub)))
                {
                    pending.Push(sub);
                }
            }
        }
    }
}
