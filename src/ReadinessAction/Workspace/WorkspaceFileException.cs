namespace ReadinessAction.Workspace;

/// <summary>
/// A file the workspace rules refuse or that cannot be read. The message names the file (workspace-relative) and the
/// rule, never the file's content. An <see cref="IOException"/>, so every reader's I/O handling covers it.
/// </summary>
public sealed class WorkspaceFileException : IOException
{
    public WorkspaceFileException(string displayPath, string rule)
        : base($"{displayPath}: {rule}")
    {
        DisplayPath = displayPath;
        Rule = rule;
    }

    public WorkspaceFileException()
    {
        DisplayPath = "";
        Rule = "";
    }

    public WorkspaceFileException(string message)
        : base(message)
    {
        DisplayPath = "";
        Rule = message;
    }

    public WorkspaceFileException(string message, Exception inner)
        : base(message, inner)
    {
        DisplayPath = "";
        Rule = message;
    }

    public string DisplayPath { get; }

    /// <summary>Refused for its size alone.</summary>
    public bool TooLarge { get; init; }

    /// <summary>The message without the path, for callers that put the path elsewhere (a diagnostic's file).</summary>
    public string Rule { get; }
}
