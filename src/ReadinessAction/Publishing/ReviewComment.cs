namespace ReadinessAction.Publishing;

/// <summary>A comment on the review (pull request), as the sticky-comment rules see it.</summary>
public sealed record ReviewComment(long Id, string? Body, string? Url, ReviewAuthor? Author, DateTimeOffset CreatedAt);
