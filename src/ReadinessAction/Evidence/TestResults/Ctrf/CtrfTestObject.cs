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

    private enum Member { Other, Name, Status, RawStatus, Duration, Suite, FilePath, Tags }

    private char[] _name = new char[256];

    private byte[] _path = new byte[256];
    private int _pathLength = -1;
    private int _pathId;

    /// <param name="json">At the test's start; left at its end.</param>
    /// <param name="data">The reader's data, to find the line of a mistyped value.</param>
    /// <param name="lineBase">The lines before <paramref name="data"/>.</param>
    /// <returns>False, with nothing added, when the test does not end in the reader's data: read it again once refilled.</returns>
    public bool Read(ref Utf8JsonReader json, TestCaseTable table, ReadOnlySpan<byte> data, int lineBase)
    {
        int nameLength = 0, suiteId = -1, pathId = 0;
        var status = CtrfStatus.Other;
        var raw = TestOutcome.Skipped;
        double? duration = null;
        List<string>? tags = null;
        try
        {
            while (true)
            {
                if (!json.Read())
                {
                    return false;
                }

                if (json.TokenType != JsonTokenType.PropertyName)
                {
                    break;
                }

                var member = MemberOf(ref json);
                if (!json.Read())
                {
                    return false;
                }

                switch (member)
                {
                    case Member.Name:
                        nameLength = json.TokenType == JsonTokenType.Null ? 0 : CopyName(ref json);
                        break;
                    case Member.Status:
                        status = CtrfValues.Status(ref json);
                        break;
                    case Member.RawStatus:
                        raw = CtrfValues.RawOutcome(ref json);
                        break;
                    case Member.Duration:
                        duration = CtrfValues.Duration(ref json);
                        break;
                    case Member.Suite when !Suite(ref json, table, out suiteId):
                    case Member.Tags when !Tags(ref json, out tags):
                        return false;
                    case Member.FilePath:
                        pathId = PathId(ref json, table);
                        break;
                    case Member.Other when !json.TrySkip():
                        return false;
                }
            }
        }
        catch (InvalidOperationException)
        {
            // A string that is no valid UTF-8 or UTF-16 (a lone surrogate escape), as the deserializer reported it.
            throw Mistyped(TestType, LineOf(ref json, data, lineBase));
        }
        catch (JsonException wrong) when (wrong.LineNumber is null)
        {
            // Thrown below with the type the value should have had (malformed JSON has its line already).
            throw Mistyped(wrong.Message, LineOf(ref json, data, lineBase));
        }

        var outcome = status switch
        {
            CtrfStatus.Passed => TestOutcome.Passed,
            CtrfStatus.Failed => TestOutcome.Failed,
            CtrfStatus.Skipped => TestOutcome.Skipped,
            _ => raw,
        };
        table.Add(suiteId >= 0 ? suiteId : pathId, 0, _name.AsSpan(0, nameLength), outcome, duration / 1000.0, tags, false);
        return true;
    }

    private static Member MemberOf(ref Utf8JsonReader json)
    {
        if (json.ValueIsEscaped)
        {
            return json.GetString() switch
            {
                var n when string.Equals(n, "name", StringComparison.OrdinalIgnoreCase) => Member.Name,
                var n when string.Equals(n, "status", StringComparison.OrdinalIgnoreCase) => Member.Status,
                var n when string.Equals(n, "rawStatus", StringComparison.OrdinalIgnoreCase) => Member.RawStatus,
                var n when string.Equals(n, "duration", StringComparison.OrdinalIgnoreCase) => Member.Duration,
                var n when string.Equals(n, "suite", StringComparison.OrdinalIgnoreCase) => Member.Suite,
                var n when string.Equals(n, "filePath", StringComparison.OrdinalIgnoreCase) => Member.FilePath,
                var n when string.Equals(n, "tags", StringComparison.OrdinalIgnoreCase) => Member.Tags,
                _ => Member.Other,
            };
        }

        var name = json.ValueSpan;
        return name.Length switch
        {
            4 when Ascii.EqualsIgnoreCase(name, "name"u8) => Member.Name,
            4 when Ascii.EqualsIgnoreCase(name, "tags"u8) => Member.Tags,
            5 when Ascii.EqualsIgnoreCase(name, "suite"u8) => Member.Suite,
            6 when Ascii.EqualsIgnoreCase(name, "status"u8) => Member.Status,
            8 when Ascii.EqualsIgnoreCase(name, "duration"u8) => Member.Duration,
            8 when Ascii.EqualsIgnoreCase(name, "filePath"u8) => Member.FilePath,
            9 when Ascii.EqualsIgnoreCase(name, "rawStatus"u8) => Member.RawStatus,
            _ => Member.Other,
        };
    }

    /// <summary>The id of a file path; tests of one file follow each other, so the last path's id is kept by its bytes.</summary>
    private int PathId(ref Utf8JsonReader json, TestCaseTable table)
    {
        if (json.TokenType != JsonTokenType.String || json.ValueIsEscaped)
        {
            return table.IdOf(CtrfValues.String(ref json));
        }

        var bytes = json.ValueSpan;
        if (bytes.Length == _pathLength && bytes.SequenceEqual(_path.AsSpan(0, _pathLength)))
        {
            return _pathId;
        }

        _pathId = table.IdOf(json.GetString());
        if (_path.Length < bytes.Length)
        {
            _path = new byte[Math.Max(bytes.Length, _path.Length * 2)];
        }

        bytes.CopyTo(_path);
        _pathLength = bytes.Length;
        return _pathId;
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

    /// <returns>The id of the suite path joined with " > ", or -1 when the test names none (its file path is used).</returns>
    private static bool Suite(ref Utf8JsonReader json, TestCaseTable table, out int id)
    {
        id = -1;
        switch (json.TokenType)
        {
            case JsonTokenType.String:
                id = table.IdOf(json.GetString());
                return true;
            case JsonTokenType.StartArray:
                List<string>? parts = null;
                while (true)
                {
                    if (!json.Read())
                    {
                        return false;
                    }

                    if (json.TokenType == JsonTokenType.EndArray)
                    {
                        id = parts is null ? -1 : table.IdOf(string.Join(" > ", parts));
                        return true;
                    }

                    if (json.TokenType == JsonTokenType.String)
                    {
                        (parts ??= []).Add(json.GetString() ?? "");
                    }
                    else if (!json.TrySkip())
                    {
                        return false;
                    }
                }

            default:
                return json.TrySkip();
        }
    }

    private bool Tags(ref Utf8JsonReader json, out List<string>? tags)
    {
        tags = null;
        if (json.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (json.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException(TagsType);
        }

        tags = [];
        while (true)
        {
            if (!json.Read())
            {
                return false;
            }

            if (json.TokenType == JsonTokenType.EndArray)
            {
                return true;
            }

            tags.Add(json.TokenType switch
            {
                JsonTokenType.String => pool.Share(json.GetString()),
                JsonTokenType.Null => "",
                _ => throw new JsonException("System.String"),
            });
        }
    }
}
