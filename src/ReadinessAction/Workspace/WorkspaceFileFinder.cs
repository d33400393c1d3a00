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

    /// <summary>Files the last <see cref="Find"/> passed over because they are symbolic links, though a glob matched them.</summary>
    public IReadOnlyList<string> SkippedLinks { get; private set; } = [];

    /// <summary>Workspace-relative paths (forward slashes, sorted) of regular files matching any of the globs; links are
    /// never followed (see <see cref="SkippedLinks"/>).</summary>
    public IReadOnlyList<string> Find(IEnumerable<GlobPattern> globs)
    {
        var patterns = globs.ToList();
        var found = new List<string>();
        var links = new List<string>();
        foreach (var (file, isLink) in Walk(_root))
        {
            var relative = Path.GetRelativePath(_root, file).Replace('\\', '/');
            if (patterns.Any(p => p.IsMatch(relative)))
            {
                (isLink ? links : found).Add(relative);
            }
        }

        found.Sort(StringComparer.Ordinal);
        links.Sort(StringComparer.Ordinal);
        SkippedLinks = links;
        return found;
    }

    private static IEnumerable<(string Path, bool IsLink)> Walk(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        var files = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0 };
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var file in new DirectoryInfo(directory).EnumerateFiles("*", files))
            {
                yield return (file.FullName, file.Attributes.HasFlag(FileAttributes.ReparsePoint));
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
