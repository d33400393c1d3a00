namespace ReadinessAction.Workspace;

/// <summary>
/// <c>realpath</c>: every component of a path resolved, links in intermediate folders included, with the same
/// limit of 40 links the kernel uses, so a loop ends with an error instead of recursing.
/// </summary>
internal static class LinkResolver
{
    private const int MaxLinks = 40;

    /// <summary>The path with every link resolved; components after a missing one are kept as written.</summary>
    /// <exception cref="IOException">A link loop (more than 40 links).</exception>
    public static string Resolve(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath) ?? "/";
        var pending = new LinkedList<string>(Split(fullPath[root.Length..]));
        var resolved = root;
        var links = 0;
        var missing = false;
        while (pending.First is { } first)
        {
            var part = first.Value;
            pending.RemoveFirst();
            if (part == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? root;
                continue;
            }

            var next = Path.Join(resolved, part);
            var target = missing ? null : LinkTarget(next, out missing);
            if (target is null)
            {
                resolved = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException("too many levels of symbolic links (a link loop)");
            }

            if (Path.IsPathRooted(target))
            {
                resolved = Path.GetPathRoot(target) ?? root;
                target = target[resolved.Length..];
            }

            foreach (var p in Split(target).Reverse())
            {
                pending.AddFirst(p);
            }
        }

        return resolved;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="root"/> or below it (both resolved).</summary>
    public static bool IsInside(string path, string root) =>
        path.Equals(root, StringComparison.Ordinal)
        || path.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string? LinkTarget(string path, out bool missing)
    {
        var (kind, _, _) = FileStatusReader.Lstat(path);
        missing = kind == FileKind.Missing;
        return kind == FileKind.SymbolicLink ? new FileInfo(path).LinkTarget : null;
    }

    private static IEnumerable<string> Split(string path) =>
        path.Split(['/', Path.DirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries).Where(p => p != ".");
}
