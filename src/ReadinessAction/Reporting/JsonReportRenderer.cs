using System.Text.Json;

namespace ReadinessAction.Reporting;

public static class JsonReportRenderer
{
    public static string Render(ReadinessReport report) => JsonSerializer.Serialize(report, ReportJsonContext.Default.ReadinessReport) + "\n";

    public static ReadinessReport? Parse(string json) => JsonSerializer.Deserialize(json, ReportJsonContext.Default.ReadinessReport);
}
