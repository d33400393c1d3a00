using System.Text;
using System.Text.Json;

namespace ReadinessAction.Evidence.TestResults.Ctrf;

/// <summary>
/// Reads one CTRF test object, whole in the reader's buffer, into a row of a <see cref="TestCaseTable"/>: its name,
/// status, raw status, duration (milliseconds), suite (a path of names, or one string in earlier reporters), file path
/// and tags. Every other member is skipped. The name is copied into a reused character buffer, not made a string.
/// </summary>
internal sealed class CtrfTestObject(StringPool pool)
{
    /// <summary>The type the deserializer this replaces named when a test held a value of the wrong type.</summary>
    internal const string TestType = "ReadinessAction.Evidence.TestResults.Ctrf.CtrfTest";

    private const string TagsType = "System.Collections.Generic.IReadOnlyList`1[System.String]";

    private enum Status { Other, Passed, Failed, Skipped }

    private char[] _name = new char[256];

    /// <param name="json">At the test's start; left at its end.</param>
    /// <param name="data">The reader's data, to find the line of a mistyped value.</param>
    /// <param name="lineBase">The lines before <paramref name="data"/>.</param>
    public void Read(ref Utf8JsonReader json, TestCaseTable table, ReadOnlySpan<byte> data, int lineBase)
    {
        int nameLength = 0, suiteId = -1, pathId = 0;
        var status = Status.Other;
        var raw = TestOutcome.Skipped;
        double? duration = null;
        List<string>? tags = null;
        try
        {
            while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
            {
                if (CtrfStream.Is(ref json, "name"))
                {
                    json.Read();
                    nameLength = json.TokenType == JsonTokenType.Null ? 0 : CopyName(ref json);
                }
                else if (CtrfStream.Is(ref json, "status"))
                {
                    json.Read();
                    status = StatusOf(ref json);
                }
                else if (CtrfStream.Is(ref json, "rawStatus"))
                {
                    json.Read();
                    raw = RawOutcome(String(ref json));
                }
                else if (CtrfStream.Is(ref json, "duration"))
                {
                    json.Read();
                    duration = Duration(ref json);
                }
                else if (CtrfStream.Is(ref json, "suite"))
                {
                    json.Read();
                    suiteId = Suite(ref json, table);
                }
                else if (CtrfStream.Is(ref json, "filePath"))
                {
                    json.Read();
                    pathId = table.IdOf(String(ref json));
                }
                else if (CtrfStream.Is(ref json, "tags"))
                {
                    json.Read();
                    tags = Tags(ref json);
                }
                else
                {
                    json.Read();
                    json.TrySkip();
                }
            }
        }
        catch (InvalidOperationException)
        {
            // A string that is no valid UTF-8 or UTF-16 (a lone surrogate escape), as the deserializer reported it.
            throw Mistyped(TestType, LineOf(ref json, data, lineBase));
        }
        catch (JsonException wrong)
        {
            // Thrown below with the type the value should have had; the JSON itself is whole and valid here.
            throw Mistyped(wrong.Message, LineOf(ref json, data, lineBase));
        }

        var outcome = status switch
        {
            Status.Passed => TestOutcome.Passed,
            Status.Failed => TestOutcome.Failed,
            Status.Skipped => TestOutcome.Skipped,
            _ => raw,
        };
        table.Add(suiteId >= 0 ? suiteId : pathId, 0, _name.AsSpan(0, nameLength), outcome, duration / 1000.0, tags, false);
    }

    internal static JsonException Mistyped(string type, int line) =>
        new($"The JSON value could not be converted to {type}.", null, line - 1, null);

    private static int LineOf(ref Utf8JsonReader json, ReadOnlySpan<byte> data, int lineBase) =>
        lineBase + 1 + data[..(int)json.TokenStartIndex].Count((byte)'\n');

    private int CopyName(ref Utf8JsonReader json)
    {
        if (json.TokenType != JsonTokenType.String)
        {
            throw new JsonException(TestType);
        }

        if (_name.Length < json.ValueSpan.Length)
        {
            _name = new char[Math.Max(json.ValueSpan.Length, _name.Length * 2)];
        }

        return json.CopyString(_name);
    }

    private static string? String(ref Utf8JsonReader json) => json.TokenType switch
    {
        JsonTokenType.String => json.GetString(),
        JsonTokenType.Null => null,
        _ => throw new JsonException(TestType),
    };

    private static Status StatusOf(ref Utf8JsonReader json)
    {
        if (json.TokenType == JsonTokenType.String && !json.ValueIsEscaped && Ascii.IsValid(json.ValueSpan))
        {
            var text = json.ValueSpan.Trim((byte)' ');
            return Ascii.EqualsIgnoreCase(text, "passed"u8) ? Status.Passed
                : Ascii.EqualsIgnoreCase(text, "failed"u8) ? Status.Failed
                : Ascii.EqualsIgnoreCase(text, "skipped"u8) || Ascii.EqualsIgnoreCase(text, "pending"u8) ? Status.Skipped
                : Status.Other;
        }

        return String(ref json)?.Trim().ToLowerInvariant() switch
        {
            "passed" => Status.Passed,
            "failed" => Status.Failed,
            "skipped" or "pending" => Status.Skipped,
            _ => Status.Other,
        };
    }

    // "other" covers both jest's todo and Playwright's interrupted: the producer's raw status tells them apart.
    // A test that neither passed nor failed and did not break is counted as skipped, never as passed.
    private static TestOutcome RawOutcome(string? rawStatus) => rawStatus?.Trim().ToLowerInvariant() switch
    {
        "interrupted" or "timedout" or "timeout" or "crashed" or "error" or "errored" or "aborted" or "broken" => TestOutcome.Error,
        _ => TestOutcome.Skipped,
    };

    private static double? Duration(ref Utf8JsonReader json)
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
                    throw new JsonException(TestType);
                }

            default:
                throw new JsonException(TestType);
        }
    }

    /// <returns>The id of the suite path joined with " > ", or -1 when the test names none (its file path is used).</returns>
    private static int Suite(ref Utf8JsonReader json, TestCaseTable table)
    {
        switch (json.TokenType)
        {
            case JsonTokenType.String:
                return table.IdOf(json.GetString());
            case JsonTokenType.StartArray:
                List<string>? parts = null;
                while (json.Read() && json.TokenType != JsonTokenType.EndArray)
                {
                    if (json.TokenType == JsonTokenType.String)
                    {
                        (parts ??= []).Add(json.GetString() ?? "");
                    }
                    else
                    {
                        json.TrySkip();
                    }
                }

                return parts is null ? -1 : table.IdOf(string.Join(" > ", parts));
            default:
                json.TrySkip();
                return -1;
        }
    }

    private List<string>? Tags(ref Utf8JsonReader json)
    {
        if (json.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (json.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException(TagsType);
        }

        var tags = new List<string>();
        while (json.Read() && json.TokenType != JsonTokenType.EndArray)
        {
            tags.Add(json.TokenType switch
            {
                JsonTokenType.String => pool.Share(json.GetString()),
                JsonTokenType.Null => "",
                _ => throw new JsonException("System.String"),
            });
        }

        return tags;
    }
}
