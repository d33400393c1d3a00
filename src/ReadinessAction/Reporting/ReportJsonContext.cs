using System.Text.Json.Serialization;

namespace ReadinessAction.Reporting;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ReadinessReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
