using System.Text;
using System.Text.Json;

namespace ReadinessAction.Evidence.TestResults.Ctrf;

/// <summary>What a CTRF test's status says before its raw status is consulted.</summary>
internal enum CtrfStatus { Other, Passed, Failed, Skipped }

/// <summary>
/// The scalar members of a CTRF test, read from the token under a <see cref="Utf8JsonReader"/>: ASCII text compared
/// in place, other text made a string and read as the deserializer this replaces read it. A value of the wrong type
/// throws a <see cref="JsonException"/> whose message is the type the value should have had.
/// </summary>
internal static class CtrfValues
{
    internal static string? String(ref Utf8JsonReader json) => json.TokenType switch
    {
        JsonTokenType.String => json.GetString(),
        JsonTokenType.Null => null,
        _ => throw new JsonException(CtrfTestObject.TestType),
    };

    internal static CtrfStatus Status(ref Utf8JsonReader json)
    {
        if (json.TokenType == JsonTokenType.String && !json.ValueIsEscaped && Ascii.IsValid(json.ValueSpan))
        {
            var text = json.ValueSpan.Trim((byte)' ');
            return Ascii.EqualsIgnoreCase(text, "passed"u8) ? CtrfStatus.Passed
                : Ascii.EqualsIgnoreCase(text, "failed"u8) ? CtrfStatus.Failed
                : Ascii.EqualsIgnoreCase(text, "skipped"u8) || Ascii.EqualsIgnoreCase(text, "pending"u8) ? CtrfStatus.Skipped
                : CtrfStatus.Other;
        }

        return String(ref json)?.Trim().ToLowerInvariant() switch
        {
            "passed" => CtrfStatus.Passed,
            "failed" => CtrfStatus.Failed,
            "skipped" or "pending" => CtrfStatus.Skipped,
            _ => CtrfStatus.Other,
        };
    }

    // "other" covers both jest's todo and Playwright's interrupted: the producer's raw status tells them apart.
    // A test that neither passed nor failed and did not break is counted as skipped, never as passed.
    internal static TestOutcome RawOutcome(ref Utf8JsonReader json)
    {
        if (json.TokenType == JsonTokenType.String && !json.ValueIsEscaped && Ascii.IsValid(json.ValueSpan))
        {
            var text = json.ValueSpan.Trim((byte)' ');
            return text.Length is < 5 or > 11 || Ascii.EqualsIgnoreCase(text, "passed"u8) || Ascii.EqualsIgnoreCase(text, "failed"u8)
                || Ascii.EqualsIgnoreCase(text, "skipped"u8) ? TestOutcome.Skipped : RawOutcome(Encoding.ASCII.GetString(text));
        }

        return RawOutcome(String(ref json));
    }

    private static TestOutcome RawOutcome(string? rawStatus) => rawStatus?.Trim().ToLowerInvariant() switch
    {
        "interrupted" or "timedout" or "timeout" or "crashed" or "error" or "errored" or "aborted" or "broken" => TestOutcome.Error,
        _ => TestOutcome.Skipped,
    };

    internal static double? Duration(ref Utf8JsonReader json)
    {
        switch (json.TokenType)
        {
            case JsonTokenType.Number when json.TryGetDouble(out var milliseconds):
                return milliseconds;
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                // A number written as a string, read as the deserializer read it (AllowReadingFromString).
                try
                {
                    return JsonSerializer.Deserialize(ref json, CtrfJsonContext.Default.NullableDouble);
                }
                catch (JsonException)
                {
                    throw new JsonException(CtrfTestObject.TestType);
                }

            default:
                throw new JsonException(CtrfTestObject.TestType);
        }
    }
}
