namespace ReadinessAction.Reporting.Templates;

/// <summary>A problem met while reading checklists, artifacts or the template; Location and Url are null when unknown.</summary>
public sealed record DiagnosticModel(
    string Severity,
    string Emoji,
    string Code,
    string Message,
    string? Location,
    string? Url,
    string? LocationLink);
