namespace ReadinessAction.Hosts.AzurePipelines.Api;

/// <summary>Azure DevOps' error document: <c>{"message": "TF401027: You need the Git 'PullRequestContribute' permission…", "typeKey": "…"}</c>.</summary>
public sealed record AzureDevOpsErrorBody(string? Message, string? TypeKey);
