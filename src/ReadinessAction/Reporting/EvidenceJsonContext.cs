using System.Text.Json.Serialization;

namespace ReadinessAction.Reporting;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EvidenceReport))]
internal sealed partial class EvidenceJsonContext : JsonSerializerContext;
