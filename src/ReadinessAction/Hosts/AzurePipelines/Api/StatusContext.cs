namespace ReadinessAction.Hosts.AzurePipelines.Api;

/// <summary>Names a status: the genre is the tool, the name the check (the Action's status_context).</summary>
public sealed record StatusContext(string Genre, string Name);
