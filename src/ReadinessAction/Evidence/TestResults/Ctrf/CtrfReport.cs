using System.Text.Json.Serialization;

namespace ReadinessAction.Evidence.TestResults.Ctrf;

/// <summary>The parts of a CTRF document a test record needs; everything else is skipped while streaming.</summary>
internal sealed record CtrfReport(CtrfResults? Results);

internal sealed record CtrfResults(CtrfTool? Tool, IReadOnlyList<CtrfTest>? Tests);

internal sealed record CtrfTool(string? Name);

internal sealed record CtrfTest(
    string? Name,
    string? Status,
    string? RawStatus,
    double? Duration,
    [property: JsonConverter(typeof(CtrfSuiteConverter))] IReadOnlyList<string>? Suite,
    string? FilePath,
    IReadOnlyList<string>? Tags);
