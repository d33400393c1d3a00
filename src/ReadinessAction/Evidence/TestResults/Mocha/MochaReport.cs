using System.Text.Json.Serialization;

namespace ReadinessAction.Evidence.TestResults.Mocha;

/// <summary>The parts of a mocha JSON report a test record needs; error details are skipped while streaming.</summary>
internal sealed record MochaReport(IReadOnlyList<MochaTest>? Tests, IReadOnlyList<MochaPending>? Pending);

internal sealed record MochaTest(
    string? Title,
    string? FullTitle,
    string? File,
    double? Duration,
    [property: JsonPropertyName("err"), JsonConverter(typeof(NonEmptyObjectConverter))] bool HasError);

internal sealed record MochaPending(string? FullTitle);
