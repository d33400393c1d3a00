using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReadinessAction.Evidence.Findings.Sarif;

/// <summary>The parts of a SARIF 2.1 log a finding needs; messages, code flows and fixes are skipped.</summary>
internal sealed record SarifLog(string? Version, IReadOnlyList<SarifRun>? Runs);

internal sealed record SarifRun(SarifTool? Tool, IReadOnlyList<SarifResult>? Results);

internal sealed record SarifTool(SarifDriver? Driver);

internal sealed record SarifDriver(string? Name, IReadOnlyList<SarifRule>? Rules);

internal sealed record SarifRule(string? Id, SarifConfiguration? DefaultConfiguration, Dictionary<string, JsonElement>? Properties);

internal sealed record SarifConfiguration(string? Level);

internal sealed record SarifResult(
    string? RuleId,
    int? RuleIndex,
    string? Level,
    string? Kind,
    IReadOnlyList<JsonElement>? Suppressions,
    IReadOnlyList<SarifLocation>? Locations);

internal sealed record SarifLocation(SarifPhysicalLocation? PhysicalLocation);

internal sealed record SarifPhysicalLocation(SarifArtifactLocation? ArtifactLocation);

internal sealed record SarifArtifactLocation(string? Uri);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SarifLog))]
internal sealed partial class SarifJsonContext : JsonSerializerContext;
