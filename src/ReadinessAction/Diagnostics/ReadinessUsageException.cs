namespace ReadinessAction.Diagnostics;

/// <summary>
/// The one "expected error": bad arguments or configuration. Shown as its message only (no stack trace),
/// and the run ends with exit code 2.
/// </summary>
public sealed class ReadinessUsageException : Exception
{
    public ReadinessUsageException(string message)
        : base(message)
    {
    }

    public ReadinessUsageException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public ReadinessUsageException()
    {
    }

    /// <summary>The file at fault (a configuration file), workspace-relative, when there is one.</summary>
    public string? Path { get; init; }

    /// <summary>The 1-based line at fault in <see cref="Path"/>.</summary>
    public int? Line { get; init; }
}
