using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReadinessAction.Evidence.TestResults.Mocha;

/// <summary>True when the value is an object with at least one property (mocha writes <c>"err": {}</c> for a pass).</summary>
internal sealed class NonEmptyObjectConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            var present = reader.TokenType is not (JsonTokenType.Null or JsonTokenType.False);
            reader.Skip();
            return present;
        }

        var depth = reader.CurrentDepth;
        var any = false;
        while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                any = true;
            }

            reader.Skip();
        }

        return any;
    }

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) =>
        throw new NotSupportedException("mocha JSON is only read");
}
