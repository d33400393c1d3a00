using System.Text.Json.Serialization;

namespace ReadinessAction.Evidence.TestResults.Dart;

/// <summary>The fields of a Dart JSON reporter event that test records need.</summary>
internal sealed record DartEvent(
    string? Type,
    string? ProtocolVersion,
    double? Time,
    DartTestInfo? Test,
    DartSuiteInfo? Suite,
    [property: JsonPropertyName("testID")] long? TestId,
    string? Result,
    bool? Skipped,
    bool? Hidden);

internal sealed record DartTestInfo(long? Id, string? Name, [property: JsonPropertyName("suiteID")] long? SuiteId);

internal sealed record DartSuiteInfo(long? Id, string? Path);
