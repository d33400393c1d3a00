namespace ReadinessAction.Hosts.AzurePipelines.Api;

/// <summary>An identity as Azure DevOps names it; Id is its GUID.</summary>
public sealed record IdentityRef(string? Id, string? DisplayName, string? UniqueName);
