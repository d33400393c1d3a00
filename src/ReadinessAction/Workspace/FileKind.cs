namespace ReadinessAction.Workspace;

/// <summary>What a directory entry is, as <c>lstat</c> sees it.</summary>
public enum FileKind
{
    Missing,
    RegularFile,
    Directory,
    SymbolicLink,

    /// <summary>A FIFO, device, socket or anything else that is neither a file nor a folder: never opened.</summary>
    Special,
}
