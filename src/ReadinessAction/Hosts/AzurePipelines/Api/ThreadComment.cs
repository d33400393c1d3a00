namespace ReadinessAction.Hosts.AzurePipelines.Api;

public sealed record ThreadComment(int Id, string? Content, IdentityRef? Author, DateTimeOffset? PublishedDate, bool IsDeleted);
