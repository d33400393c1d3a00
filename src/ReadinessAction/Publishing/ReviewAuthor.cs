namespace ReadinessAction.Publishing;

/// <summary>Who wrote a comment, or whom the token acts as.</summary>
public sealed record ReviewAuthor(long Id, bool IsBot);
