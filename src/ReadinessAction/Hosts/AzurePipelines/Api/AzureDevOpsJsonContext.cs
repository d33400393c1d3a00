using System.Text.Json.Serialization;

namespace ReadinessAction.Hosts.AzurePipelines.Api;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(CommentThread))]
[JsonSerializable(typeof(AzureDevOpsList<CommentThread>))]
[JsonSerializable(typeof(List<CommentThread>))]
[JsonSerializable(typeof(ThreadComment))]
[JsonSerializable(typeof(AzureDevOpsList<PullRequestIteration>))]
[JsonSerializable(typeof(List<PullRequestIteration>))]
[JsonSerializable(typeof(PullRequestStatusRequest))]
[JsonSerializable(typeof(PullRequestStatus))]
[JsonSerializable(typeof(NewThreadRequest))]
[JsonSerializable(typeof(CommentContentRequest))]
[JsonSerializable(typeof(ThreadStatusRequest))]
[JsonSerializable(typeof(ConnectionData))]
[JsonSerializable(typeof(AzureDevOpsErrorBody))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class AzureDevOpsJsonContext : JsonSerializerContext;
