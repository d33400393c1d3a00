namespace ReadinessAction.Evidence.Findings;

/// <summary>One problem a tool reported. Level is a lint level (error, warning, note) for lint findings and a
/// severity (critical, high, medium, low, info) for vulnerabilities.</summary>
public sealed record Finding(string Tool, FindingCategory Category, string Level, string? RuleId, string? Path);

public enum FindingCategory
{
    /// <summary>Lint, style and static analysis: ESLint, analyzers, Semgrep or CodeQL rules without a security severity.</summary>
    Lint,

    /// <summary>Known vulnerabilities: npm audit, dotnet list package --vulnerable, Trivy, Grype, security-severity rules.</summary>
    Vulnerability,
}

/// <summary>The levels in order of severity, for "high or above".</summary>
public static class FindingLevels
{
    public static IReadOnlyList<string> Severities { get; } = ["info", "low", "medium", "high", "critical"];

    public static IReadOnlyList<string> LintLevels { get; } = ["note", "warning", "error"];

    /// <summary>npm's "moderate" and NuGet's "Moderate" are medium; anything unknown is kept as written, lower-cased.</summary>
    public static string Severity(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "moderate" => "medium",
        "informational" or "none" or "unknown" or null or "" => "info",
        var other => other,
    };

    /// <summary>CVSS bands, as GitHub code scanning reads a rule's security-severity.</summary>
    public static string FromScore(double score) => score switch
    {
        >= 9.0 => "critical",
        >= 7.0 => "high",
        >= 4.0 => "medium",
        > 0 => "low",
        _ => "info",
    };
}
