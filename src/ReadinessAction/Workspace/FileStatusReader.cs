using System.Runtime.InteropServices;

using Microsoft.Win32.SafeHandles;

namespace ReadinessAction.Workspace;

/// <summary>
/// <c>lstat</c> and <c>fstat</c> without opening the file, so a FIFO or a device is recognised before anything could
/// block on it. .NET has no public API for the file type; this calls the runtime's own System.Native shim, whose
/// status record starts with flags, mode, uid, gid and size on every Unix. Elsewhere the managed attributes are used.
/// </summary>
internal static partial class FileStatusReader
{
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;
    private const int LinkType = 0xA000;

    public static (FileKind Kind, long Size, long Inode) Lstat(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return Managed(path);
        }

        try
        {
            return LStat(path, out var status) == 0 ? (Kind(status.Mode), status.Size, status.Ino) : (FileKind.Missing, 0, 0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return Managed(path);
        }
    }

    /// <summary>The kind of an open file; <see cref="FileKind.RegularFile"/> when the platform cannot say.</summary>
    public static (FileKind Kind, long Inode) Fstat(SafeFileHandle handle)
    {
        if (OperatingSystem.IsWindows())
        {
            return (FileKind.RegularFile, 0);
        }

        try
        {
            return FStat(handle, out var status) == 0 ? (Kind(status.Mode), status.Ino) : (FileKind.Missing, 0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return (FileKind.RegularFile, 0);
        }
    }

    private static FileKind Kind(int mode) => (mode & TypeMask) switch
    {
        RegularType => FileKind.RegularFile,
        DirectoryType => FileKind.Directory,
        LinkType => FileKind.SymbolicLink,
        _ => FileKind.Special,
    };

    private static (FileKind Kind, long Size, long Inode) Managed(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            return (FileKind.SymbolicLink, 0, 0);
        }

        if (Directory.Exists(path))
        {
            return (FileKind.Directory, 0, 0);
        }

        return info.Exists ? (FileKind.RegularFile, info.Length, 0) : (FileKind.Missing, 0, 0);
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out NativeFileStatus status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_FStat", SetLastError = true)]
    private static extern int FStat(SafeFileHandle fd, out NativeFileStatus status);

    /// <summary>The leading fields of System.Native's FileStatus; the size leaves room for the fields after them.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct NativeFileStatus
    {
        [FieldOffset(4)]
        public int Mode;

        [FieldOffset(16)]
        public long Size;

        // Flags, Mode, Uid, Gid, Size, 8 time fields, Dev, RDev, Ino.
        [FieldOffset(16 + (8 * 8) + 8 + 8 + 8)]
        public long Ino;
    }
}
