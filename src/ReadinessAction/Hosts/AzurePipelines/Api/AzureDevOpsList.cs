namespace ReadinessAction.Hosts.AzurePipelines.Api;

/// <summary>Azure DevOps wraps every list: <c>{"count": n, "value": [...]}</c>.</summary>
public sealed record AzureDevOpsList<T>(int Count, IReadOnlyList<T>? Value);
