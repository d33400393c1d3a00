using System.Text.Json.Serialization;

namespace ReadinessAction.Evidence.TestResults.GoTest;

/// <summary>One test2json event (<c>go test -json</c>); Output is read only from benchmark result lines.</summary>
/// <remarks>FailedBuild (Go 1.24+) names the build that failed when a package failed because it did not compile.</remarks>
internal sealed record GoTestEvent(string? Action, string? Package, string? Test, double? Elapsed, string? FailedBuild = null);

/// <summary>An output event that may carry a benchmark's result line (<c>BenchmarkX-8  1000  12 ns/op</c>).</summary>
internal sealed record GoTestOutput(string? Package, string? Output);

[JsonSerializable(typeof(GoTestEvent))]
[JsonSerializable(typeof(GoTestOutput))]
internal sealed partial class GoTestJsonContext : JsonSerializerContext;
