using System.Text.Json.Serialization;

namespace ReadinessAction.Evidence.Findings.Eslint;

/// <summary>One file of ESLint's JSON formatter (<c>eslint -f json</c>); source text and fixes are skipped.</summary>
internal sealed record EslintFile(string? FilePath, IReadOnlyList<EslintMessage>? Messages);

internal sealed record EslintMessage(string? RuleId, int? Severity, bool? Fatal);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(List<EslintFile>))]
internal sealed partial class EslintJsonContext : JsonSerializerContext;
