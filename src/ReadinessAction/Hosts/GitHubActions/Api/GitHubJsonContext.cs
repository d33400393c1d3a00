using System.Text.Json.Serialization;

namespace ReadinessAction.Hosts.GitHubActions.Api;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(GitHubUser))]
[JsonSerializable(typeof(IssueComment))]
[JsonSerializable(typeof(List<IssueComment>))]
[JsonSerializable(typeof(CommentRequest))]
[JsonSerializable(typeof(CommitStatusRequest))]
[JsonSerializable(typeof(CommitStatus))]
[JsonSerializable(typeof(PullRequest))]
[JsonSerializable(typeof(ApiErrorBody))]
internal sealed partial class GitHubJsonContext : JsonSerializerContext;
