using System.Text.Json.Serialization;

namespace ReadinessAction.Evidence.Tests.Dart;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DartEvent))]
internal sealed partial class DartJsonContext : JsonSerializerContext;
