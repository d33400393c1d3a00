using System.Text.Json.Serialization;

namespace ReadinessAction.Evidence.TestResults.Ctrf;

/// <summary>Reads a CTRF duration written as a string ("1500") as the numbers are read.</summary>
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(double?))]
internal sealed partial class CtrfJsonContext : JsonSerializerContext;
