using System.Text.Json.Serialization;

namespace ReadinessAction.Evidence.TestResults.Dart;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DartEvent))]
internal sealed partial class DartJsonContext : JsonSerializerContext;
