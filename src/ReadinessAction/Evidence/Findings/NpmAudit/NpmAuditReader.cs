using System.Text.Json;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.Findings.NpmAudit;

/// <summary>
/// <c>npm audit --json</c>: <c>metadata.vulnerabilities</c> counts vulnerable packages by severity, the figures npm
/// prints as "7 vulnerabilities (7 moderate)". Each becomes one vulnerability finding of that severity.
/// </summary>
public sealed class NpmAuditReader : IArtifactReader
{
    public string Format => "npm-audit";

    public ArtifactKind Kind => ArtifactKind.Findings;

    public bool CanRead(ArtifactSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        var head = sniff.Head;
        return sniff.LooksLikeJson && head.TrimStart().StartsWith('{')
            && (head.Contains("\"auditReportVersion\"", StringComparison.Ordinal)
                || (head.Contains("\"advisories\"", StringComparison.Ordinal) && head.Contains("\"muted\"", StringComparison.Ordinal)));
    }

    public ArtifactEvidence? Read(Stream content, string path, DiagnosticBag diagnostics) =>
        JsonArtifact.Read(content, path, diagnostics, utf8 =>
        {
            var counts = JsonSerializer.Deserialize(utf8, NpmAuditJsonContext.Default.NpmAuditReport)?.Metadata?.Vulnerabilities;
            if (counts is null)
            {
                diagnostics.Error("not-npm-audit", "JSON without metadata.vulnerabilities is not an npm audit report; file not used", path);
                return null;
            }

            var findings = counts
                .Where(c => c.Key != "total" && c.Value > 0)
                .SelectMany(c => Enumerable.Repeat(new Finding("npm audit", FindingCategory.Vulnerability, FindingLevels.Severity(c.Key), null, null), c.Value))
                .ToList();
            return FindingsArtifact.Create(path, Format, findings, ["npm audit"]);
        });
}
