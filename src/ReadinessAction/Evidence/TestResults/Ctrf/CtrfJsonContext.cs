using System.Text.Json.Serialization;

namespace ReadinessAction.Evidence.TestResults.Ctrf;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(CtrfReport))]
internal sealed partial class CtrfJsonContext : JsonSerializerContext;
