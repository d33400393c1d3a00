using ReadinessAction.Diagnostics;
using ReadinessAction.Evidence.Settings;
using ReadinessAction.Workspace;

namespace ReadinessAction.Evidence;

/// <summary>
/// Lists the workspace's files once. Symbolic links count only when they resolve inside the workspace; a link loop
/// or a link to nothing is skipped with a warning naming it. The settings of settings.tsv are read from the files listed.
/// </summary>
public static class RepositoryFactsReader
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { ".git", "node_modules" };

    public static RepositoryFacts Read(string workspaceRoot, DiagnosticBag? diagnostics = null)
    {
        var root = Path.GetFullPath(workspaceRoot);
        var files = new List<string>();
        var pending = new Stack<string>();
        pending.Push(root);
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0, RecurseSubdirectories = false };
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos("*", options))
            {
                if (entry.LinkTarget is not null && !ResolvesInside(entry, root, diagnostics))
                {
                    continue;
                }

                if (entry is DirectoryInfo sub)
                {
                    if (!Skipped.Contains(sub.Name) && entry.LinkTarget is null)
                    {
                        pending.Push(sub.FullName);
                    }
                }
                else
                {
                    files.Add(Path.GetRelativePath(root, entry.FullName).Replace('\\', '/'));
                }
            }
        }

        return new RepositoryFacts(files) { Settings = SettingFactsReader.Read(new WorkspaceFileGuard(root), files) };
    }

    private static bool ResolvesInside(FileSystemInfo link, string root, DiagnosticBag? diagnostics)
    {
        var path = Path.GetRelativePath(root, link.FullName).Replace('\\', '/');
        FileSystemInfo? target;
        try
        {
            target = link.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException)
        {
            diagnostics?.Warning("link-loop", "this symbolic link loops (it leads back to itself); skipped", path);
            return false;
        }

        if (target is null || !target.Exists)
        {
            diagnostics?.Warning("link-dangling", "this symbolic link points to nothing; skipped", path);
            return false;
        }

        var full = Path.GetFullPath(target.FullName);
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
