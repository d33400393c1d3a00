using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReadinessAction.Evidence.TestResults.Ctrf;

/// <summary>CTRF 1.0 writes the suite as a path of names; earlier reporters wrote one string.</summary>
internal sealed class CtrfSuiteConverter : JsonConverter<IReadOnlyList<string>?>
{
    public override IReadOnlyList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return [reader.GetString() ?? ""];
            case JsonTokenType.StartArray:
                var parts = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        parts.Add(reader.GetString() ?? "");
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                return parts;
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string>? value, JsonSerializerOptions options) =>
        throw new NotSupportedException("CTRF is only read");
}
