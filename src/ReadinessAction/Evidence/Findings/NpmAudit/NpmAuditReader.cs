using System.Text.Json;

namespace ReadinessAction.Evidence.Findings.NpmAudit;

/// <summary>
/// <c>npm audit --json</c>: <c>metadata.vulnerabilities</c> counts vulnerable packages by severity, the figures npm
/// prints as "7 vulnerabilities (7 moderate)". Each becomes one vulnerability finding of that severity.
/// </summary>
public sealed class NpmAuditReader : JsonFindingsReader
{
    public override string Format => "npm-audit";

    protected override IReadOnlyList<string> Markers { get; } = [];

    protected override string Expected => "metadata.vulnerabilities";

    // npm 7+ starts with auditReportVersion; npm 6 has advisories and muted.
    public override bool CanRead(ArtifactSniff sniff) =>
        base.CanRead(sniff) && sniff.Head.TrimStart().StartsWith('{')
        && (sniff.Head.Contains("\"auditReportVersion\"", StringComparison.Ordinal)
            || (sniff.Head.Contains("\"advisories\"", StringComparison.Ordinal) && sniff.Head.Contains("\"muted\"", StringComparison.Ordinal)));

    protected override (IReadOnlyList<Finding> Findings, IReadOnlyList<string> Tools)? ReadFindings(Stream utf8)
    {
        if (JsonSerializer.Deserialize(utf8, NpmAuditJsonContext.Default.NpmAuditReport)?.Metadata?.Vulnerabilities is not { } counts)
        {
            return null;
        }

        var findings = counts
            .Where(c => c.Key != "total" && c.Value > 0)
            .SelectMany(c => Enumerable.Repeat(new Finding("npm audit", FindingCategory.Vulnerability, FindingLevels.Severity(c.Key), null, null), c.Value))
            .ToList();
        return (findings, ["npm audit"]);
    }
}
