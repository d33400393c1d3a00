using System.Text.Json.Serialization;

namespace ReadinessAction.Evidence.TestResults.Mocha;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(MochaReport))]
internal sealed partial class MochaJsonContext : JsonSerializerContext;
