using System.Text.Json;

namespace ReadinessAction.Hosts.AzurePipelines.Api;

/// <summary>The body of POST threads: one text comment, a status, and properties.</summary>
public sealed record NewThreadRequest(IReadOnlyList<NewCommentRequest> Comments, string Status, Dictionary<string, JsonElement> Properties);

public sealed record NewCommentRequest(int ParentCommentId, string Content, string CommentType);

/// <summary>The body of PATCH threads/{id}/comments/{id}.</summary>
public sealed record CommentContentRequest(string Content);

/// <summary>The body of PATCH threads/{id}: only the status changes.</summary>
public sealed record ThreadStatusRequest(string Status);
