using System.Text.Json.Serialization;

namespace ReadinessAction.Evidence.TestResults.Pytest;

/// <summary>The parts of a pytest-json-report file a test record needs; output, tracebacks and logs are skipped.</summary>
internal sealed record PytestReport(IReadOnlyList<PytestTest>? Tests, IReadOnlyList<PytestCollector>? Collectors);

internal sealed record PytestTest(string? Nodeid, string? Outcome, PytestStage? Setup, PytestStage? Call, PytestStage? Teardown);

internal sealed record PytestStage(double? Duration);

internal sealed record PytestCollector(string? Nodeid, string? Outcome);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PytestReport))]
internal sealed partial class PytestJsonContext : JsonSerializerContext;
