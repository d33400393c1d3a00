namespace ReadinessAction.Hosts.AzurePipelines.Api;

/// <summary>GET _apis/connectionData: whom the token acts as (the build service identity for System.AccessToken).</summary>
public sealed record ConnectionData(IdentityRef? AuthenticatedUser);
