using System.Text.Json.Serialization;

namespace ReadinessAction.Evidence.TestResults.RSpec;

/// <summary>The parts of <c>rspec --format json</c> a test record needs; exceptions and backtraces are skipped.</summary>
internal sealed record RSpecReport(IReadOnlyList<RSpecExample>? Examples, RSpecSummary? Summary);

internal sealed record RSpecExample(
    string? Id,
    string? FullDescription,
    string? Status,
    string? FilePath,
    double? RunTime);

internal sealed record RSpecSummary(
    int? ExampleCount,
    [property: JsonPropertyName("errors_outside_of_examples_count")] int? ErrorsOutsideOfExamples);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(RSpecReport))]
internal sealed partial class RSpecJsonContext : JsonSerializerContext;
