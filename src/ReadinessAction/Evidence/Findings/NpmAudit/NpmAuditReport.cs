using System.Text.Json.Serialization;

namespace ReadinessAction.Evidence.Findings.NpmAudit;

/// <summary>The summary of <c>npm audit --json</c> (npm 6 and 7+ alike): vulnerable packages by severity.</summary>
internal sealed record NpmAuditReport(NpmAuditMetadata? Metadata);

internal sealed record NpmAuditMetadata(Dictionary<string, int>? Vulnerabilities);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(NpmAuditReport))]
internal sealed partial class NpmAuditJsonContext : JsonSerializerContext;
