using System.Text.Json;

namespace ReadinessAction.Reporting;

/// <summary>The evidence report as JSON (camelCase, indented, absent parts omitted).</summary>
public static class EvidenceJsonRenderer
{
    public static string Render(EvidenceReport report) => JsonSerializer.Serialize(report, EvidenceJsonContext.Default.EvidenceReport);
}
