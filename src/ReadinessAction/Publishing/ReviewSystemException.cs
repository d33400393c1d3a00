namespace ReadinessAction.Publishing;

/// <summary>The review system refused or failed a request after its retries; the message is already free of secrets.</summary>
public sealed class ReviewSystemException : Exception
{
    public ReviewSystemException(string message, bool isPermissionDenied, Exception inner)
        : base(message, inner)
    {
        IsPermissionDenied = isPermissionDenied;
    }

    public ReviewSystemException()
    {
    }

    public ReviewSystemException(string message)
        : base(message)
    {
    }

    public ReviewSystemException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>The token may not do this here (a fork, missing permissions): a warning, not a failure.</summary>
    public bool IsPermissionDenied { get; }
}
