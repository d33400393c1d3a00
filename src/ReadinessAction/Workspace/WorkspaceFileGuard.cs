using System.Text;

namespace ReadinessAction.Workspace;

/// <summary>
/// The one door to the files of a run: checklists, artifacts, configuration, templates and reports are all read and
/// written through it. A path is resolved link by link (intermediate folders included) and must end inside the
/// workspace at a regular file; FIFOs, devices and sockets are recognised before opening, so nothing can block.
/// Writes go to a new file beside the target and are renamed over it, so a link there is replaced, never followed.
/// Refusals are <see cref="WorkspaceFileException"/>s that name the file and the rule, never its content.
/// </summary>
public sealed class WorkspaceFileGuard
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _realRoot;

    public WorkspaceFileGuard(string workspaceRoot)
    {
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(workspaceRoot));
        _realRoot = Path.TrimEndingDirectorySeparator(LinkResolver.Resolve(Root));
    }

    public string Root { get; }

    /// <summary>Workspace-relative with forward slashes when inside the workspace; the full path otherwise.</summary>
    public string Display(string path)
    {
        var full = Path.GetFullPath(path, Root);
        return LinkResolver.IsInside(full, Root) ? Path.GetRelativePath(Root, full).Replace('\\', '/') : full;
    }

    /// <summary>True when anything (file, folder, link, FIFO) exists at the path, without following a link.</summary>
    public bool Exists(string path) => FileStatusReader.Lstat(Path.GetFullPath(path, Root)).Kind != FileKind.Missing;

    /// <summary>Opens a regular file inside the workspace (or anywhere, when <paramref name="allowOutside"/>) for reading.</summary>
    public FileStream OpenRead(string path, bool allowOutside = false)
    {
        var file = Check(path, allowOutside);
        try
        {
            var stream = new FileStream(file.Resolved, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
            var (kind, inode) = FileStatusReader.Fstat(stream.SafeFileHandle);
            if (kind != FileKind.RegularFile || inode != file.Inode)
            {
                stream.Dispose();
                throw new WorkspaceFileException(file.Display, "changed while it was being opened; not read");
            }

            return stream;
        }
        catch (UnauthorizedAccessException)
        {
            throw new WorkspaceFileException(file.Display, "permission denied");
        }
        catch (IOException e) when (e is not WorkspaceFileException)
        {
            throw new WorkspaceFileException(file.Display, "could not be read");
        }
    }

    /// <exception cref="WorkspaceFileException">Refused, missing, unreadable or larger than <paramref name="maxBytes"/>.</exception>
    public byte[] ReadAllBytes(string path, long maxBytes, bool allowOutside = false)
    {
        using var stream = OpenRead(path, allowOutside);
        var display = Display(path);
        if (stream.Length > maxBytes)
        {
            throw TooLarge(display, maxBytes);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                throw TooLarge(display, maxBytes);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The text of a file (UTF-8 unless a byte order mark says otherwise).</summary>
    public string ReadAllText(string path, long maxBytes, bool allowOutside = false)
    {
        using var reader = new StreamReader(new MemoryStream(ReadAllBytes(path, maxBytes, allowOutside)), Utf8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Writes the file, creating its folder: a new file beside it, renamed over it. A link at the path is replaced,
    /// never followed. The folder must resolve inside the workspace unless <paramref name="allowOutside"/>.
    /// </summary>
    public void WriteAllText(string path, string content, bool allowOutside = false)
    {
        var full = Path.GetFullPath(path, Root);
        var display = Display(full);
        if (!allowOutside && !LinkResolver.IsInside(full, Root))
        {
            throw new WorkspaceFileException(display, "is outside the workspace; not written");
        }

        var folder = Resolve(Path.GetDirectoryName(full) ?? Root, display);
        if (!allowOutside && !LinkResolver.IsInside(folder, _realRoot))
        {
            throw new WorkspaceFileException(display, "its folder is a symbolic link that leads outside the workspace; not written");
        }

        var target = Path.Join(folder, Path.GetFileName(full));
        if (FileStatusReader.Lstat(target).Kind == FileKind.Directory)
        {
            throw new WorkspaceFileException(display, "is a folder; not written");
        }

        var temporary = Path.Join(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(Utf8.GetBytes(content));
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new WorkspaceFileException(display, e is UnauthorizedAccessException ? "permission denied; not written" : "could not be written");
        }
    }

    private (string Resolved, string Display, long Inode) Check(string path, bool allowOutside)
    {
        var full = Path.GetFullPath(path, Root);
        var display = Display(full);
        if (!allowOutside && !LinkResolver.IsInside(full, Root))
        {
            throw new WorkspaceFileException(display, "is outside the workspace; not read");
        }

        var resolved = Resolve(full, display);
        if (!allowOutside && !LinkResolver.IsInside(resolved, _realRoot))
        {
            throw new WorkspaceFileException(display, "is a symbolic link (or lies in a linked folder) that leads outside the workspace; not read");
        }

        var (kind, _, inode) = FileStatusReader.Lstat(resolved);
        return kind switch
        {
            FileKind.RegularFile => (resolved, display, inode),
            FileKind.Missing when FileStatusReader.Lstat(full).Kind == FileKind.SymbolicLink =>
                throw new WorkspaceFileException(display, "is a symbolic link to nothing (dangling); not read"),
            FileKind.Missing => throw new WorkspaceFileException(display, "does not exist"),
            FileKind.Directory => throw new WorkspaceFileException(display, "is a folder, not a file"),
            _ => throw new WorkspaceFileException(display, "is not a regular file (a FIFO, device or socket); not opened"),
        };
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A stray temporary file is better than hiding why the write failed.
        }
    }

    private static WorkspaceFileException TooLarge(string display, long maxBytes) =>
        new(display, $"is larger than {maxBytes / 1024:N0} KiB; not read") { TooLarge = true };

    private static string Resolve(string full, string display)
    {
        try
        {
            return LinkResolver.Resolve(full);
        }
        catch (IOException)
        {
            throw new WorkspaceFileException(display, "is a symbolic link loop; not read");
        }
    }
}
