using System.Buffers;
using System.Text.Json;

namespace ReadinessAction.Evidence.TestResults.Ctrf;

/// <summary>
/// Reads a CTRF document as it streams: a <see cref="Utf8JsonReader"/> over one pooled buffer refilled from the stream
/// (its <see cref="JsonReaderState"/> carried across refills), each test written straight into a
/// <see cref="TestCaseTable"/>. Values the reader does not use are skipped token by token; a test object is read once
/// it is whole in the buffer (one that goes on past it is read again after the refill; the buffer grows for a test larger than it). A value of the wrong type is a
/// <see cref="JsonException"/> with the line of that value, as the deserializer this replaces reported it.
/// </summary>
internal sealed class CtrfStream
{
    internal const int DefaultBufferSize = 64 * 1024;

    // Where the walk is: the object or array whose members or elements the next tokens are.
    private enum Place { Root, Results, Tool, Tests }

    // What the value after a property name is.
    private enum Slot { Other, Results, Tool, ToolName, Tests }

    private readonly Stream _utf8;
    private readonly CtrfTestObject _test;
    private byte[] _buffer;
    private int _lineBase;
    private int _start;
    private Place _place = Place.Root;
    private Slot _slot;
    private int _skipDepth = -1;
    private TestCaseTable? _table;

    public CtrfStream(Stream utf8, StringPool pool, int bufferSize = DefaultBufferSize)
    {
        _utf8 = utf8;
        _test = new CtrfTestObject(pool);
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(bufferSize, 4));
    }

    /// <returns>The tests of <c>results.tests</c>, or null when the document has no such list.</returns>
    public TestCaseTable? Read()
    {
        try
        {
            var state = default(JsonReaderState);
            var length = 0;
            var first = true;
            while (true)
            {
                var wanted = _buffer.Length - length;
                var read = _utf8.ReadAtLeast(_buffer.AsSpan(length, wanted), wanted, throwOnEndOfStream: false);
                length += read;
                var final = read < wanted;
                _start = first && _buffer.AsSpan(0, length).StartsWith("\uFEFF"u8) ? 3 : 0;
                first = false;
                var json = new Utf8JsonReader(_buffer.AsSpan(_start, length - _start), final, state);
                if (Walk(ref json, out var consumed, out state))
                {
                    return _table;
                }

                consumed += _start;
                _lineBase += _buffer.AsSpan(0, consumed).Count((byte)'\n');
                _buffer.AsSpan(consumed, length - consumed).CopyTo(_buffer);
                length -= consumed;
                if (length == _buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
                    _buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(_buffer);
                    _buffer = larger;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }
    }

    /// <returns>True at the end of the document; false when the buffer holds no more whole tokens (or no whole test),
    /// with how many bytes were used and the state to go on from.</returns>
    private bool Walk(ref Utf8JsonReader json, out int consumed, out JsonReaderState state)
    {
        while (true)
        {
            var before = json.CurrentState;
            var beforeConsumed = (int)json.BytesConsumed;
            if (!json.Read())
            {
                consumed = (int)json.BytesConsumed;
                state = json.CurrentState;
                return json.IsFinalBlock;
            }

            if (_skipDepth >= 0)
            {
                if (json.CurrentDepth == _skipDepth && json.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    _skipDepth = -1;
                }

                continue;
            }

            switch (json.TokenType)
            {
                case JsonTokenType.PropertyName:
                    _slot = SlotOf(ref json);
                    break;
                case JsonTokenType.StartObject when json.CurrentDepth == 0:
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    _place = _place is Place.Tool or Place.Tests ? Place.Results : Place.Root;
                    break;
                case JsonTokenType.StartObject when _place == Place.Tests:
                    if (!_test.Read(ref json, _table!, _buffer.AsSpan(_start), _lineBase))
                    {
                        // The test goes on past the buffer: read it again, whole, once the buffer is refilled.
                        consumed = beforeConsumed;
                        state = before;
                        return false;
                    }

                    break;
                default:
                    Value(ref json);
                    break;
            }
        }
    }

    private Slot SlotOf(ref Utf8JsonReader json) => _place switch
    {
        Place.Root when Is(ref json, "results") => Slot.Results,
        Place.Results when Is(ref json, "tool") => Slot.Tool,
        Place.Results when Is(ref json, "tests") => Slot.Tests,
        Place.Tool when Is(ref json, "name") => Slot.ToolName,
        _ => Slot.Other,
    };

    /// <summary>A value token other than a test object: enters the parts a test record needs, checks their type, skips the rest.</summary>
    private void Value(ref Utf8JsonReader json)
    {
        var token = json.TokenType;
        if (_place == Place.Tests)
        {
            throw Mistyped(ref json, CtrfTestObject.TestType);
        }

        var slot = _slot;
        _slot = Slot.Other;
        switch (slot)
        {
            case Slot.Results when token == JsonTokenType.StartObject:
                _place = Place.Results;
                _table = null;
                return;
            case Slot.Results when token == JsonTokenType.Null:
                _table = null;
                return;
            case Slot.Results:
                throw Mistyped(ref json, "ReadinessAction.Evidence.TestResults.Ctrf.CtrfResults");
            case Slot.Tool when token == JsonTokenType.StartObject:
                _place = Place.Tool;
                return;
            case Slot.Tool or Slot.ToolName when token is not (JsonTokenType.String or JsonTokenType.Null) || (slot == Slot.Tool && token == JsonTokenType.String):
                throw Mistyped(ref json, "ReadinessAction.Evidence.TestResults.Ctrf.CtrfTool");
            case Slot.Tests when token == JsonTokenType.StartArray:
                _place = Place.Tests;
                _table = new TestCaseTable();
                return;
            case Slot.Tests when token == JsonTokenType.Null:
                _table = null;
                return;
            case Slot.Tests:
                throw Mistyped(ref json, "System.Collections.Generic.IReadOnlyList`1[ReadinessAction.Evidence.TestResults.Ctrf.CtrfTest]");
            default:
                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    _skipDepth = json.CurrentDepth;
                }

                return;
        }
    }

    internal static bool Is(ref Utf8JsonReader json, string name) =>
        json.ValueIsEscaped ? string.Equals(json.GetString(), name, StringComparison.OrdinalIgnoreCase)
            : json.ValueSpan.Length == name.Length && System.Text.Ascii.EqualsIgnoreCase(json.ValueSpan, name);

    /// <summary>The 1-based line of the current token.</summary>
    private int LineOf(ref Utf8JsonReader json) => _lineBase + 1 + _buffer.AsSpan(_start, (int)json.TokenStartIndex).Count((byte)'\n');

    private JsonException Mistyped(ref Utf8JsonReader json, string type) => CtrfTestObject.Mistyped(type, LineOf(ref json));
}
