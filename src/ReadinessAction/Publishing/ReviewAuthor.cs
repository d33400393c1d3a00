namespace ReadinessAction.Publishing;

/// <summary>Who wrote a comment, or whom the token acts as.</summary>
public sealed record ReviewAuthor(long Id, bool IsBot)
{
    /// <summary>The unique account name, when the review system has one.</summary>
    public string? Login { get; init; }

    /// <summary>Same account: by login when both have one (an id may be unknown), else by id.</summary>
    public bool IsSameAs(ReviewAuthor other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Login is not null && other.Login is not null ? string.Equals(Login, other.Login, StringComparison.OrdinalIgnoreCase) : Id == other.Id;
    }
}
