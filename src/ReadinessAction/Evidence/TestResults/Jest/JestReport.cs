using System.Text.Json.Serialization;

namespace ReadinessAction.Evidence.TestResults.Jest;

/// <summary>The parts of <c>jest --json</c> a test record needs; failure messages and snapshots are skipped.</summary>
internal sealed record JestReport(IReadOnlyList<JestFileResult>? TestResults);

internal sealed record JestFileResult(string? Name, string? Status, IReadOnlyList<JestAssertion>? AssertionResults);

internal sealed record JestAssertion(string? FullName, string? Title, string? Status, double? Duration);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(JestReport))]
internal sealed partial class JestJsonContext : JsonSerializerContext;
