namespace ReadinessAction.Diagnostics;

public enum DiagnosticSeverity
{
    Error,
    Warning,
    Info,
}
