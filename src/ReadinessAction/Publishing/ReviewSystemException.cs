namespace ReadinessAction.Publishing;

/// <summary>The review system refused or failed a request after its retries; the message is already free of secrets.</summary>
public sealed class ReviewSystemException : Exception
{
    public ReviewSystemException(string message, bool isPermissionDenied, Exception inner)
        : this(message, isPermissionDenied ? ReviewFailure.ReadOnlyToken : ReviewFailure.Failed, inner)
    {
    }

    public ReviewSystemException(string message, ReviewFailure kind, Exception inner)
        : base(message, inner)
    {
        Kind = kind;
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

    public ReviewFailure Kind { get; }

    /// <summary>The token is read-only here by design (a fork): a warning, not a failure.</summary>
    public bool IsPermissionDenied => Kind == ReviewFailure.ReadOnlyToken;
}
