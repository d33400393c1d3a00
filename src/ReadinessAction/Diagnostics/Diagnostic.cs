namespace ReadinessAction.Diagnostics;

/// <summary>A content problem found in a file: reported, never thrown; the run goes on.</summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, string? Path = null, int? Line = null)
{
    public override string ToString()
    {
        var where = Path is null ? "" : Line is null ? $"{Path}: " : $"{Path}:{Line}: ";
        return $"{where}{Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
    }
}
