using System.Text.Json.Serialization;

namespace ReadinessAction.Evidence.TestResults.GoTest;

/// <summary>One test2json event (<c>go test -json</c>); Output is never read, so it is not kept.</summary>
internal sealed record GoTestEvent(string? Action, string? Package, string? Test, double? Elapsed);

[JsonSerializable(typeof(GoTestEvent))]
internal sealed partial class GoTestJsonContext : JsonSerializerContext;
