namespace ReadinessAction.Reporting.Templates;

/// <summary>The gate decision: Reason is one sentence; FailOn lists the statuses that fail the gate, comma-separated.</summary>
public sealed record GateModel(string Verdict, string Label, string Emoji, string Reason, string? Branch, string FailOn);
