using System.Buffers;
using System.Text.Unicode;

namespace ReadinessAction.Evidence;

/// <summary>
/// Many short texts (a million test names) held as UTF-8 in 64 KB chunks, each after its length as a 7-bit varint:
/// about half the bytes of .NET strings and none of their per-object headers. A text is addressed by one int.
/// </summary>
internal sealed class Utf8TextBuffer
{
    private const int ChunkShift = 16;
    private const int ChunkBytes = 1 << ChunkShift;
    private readonly List<byte[]> _chunks = [new byte[256]];
    private int _used;

    /// <summary>Copies <paramref name="text"/> in; false (nothing kept) when it is not valid UTF-16 (a lone surrogate).</summary>
    public bool TryAdd(ReadOnlySpan<char> text, out int position)
    {
        // The length prefix is as wide as the longest encoding needs, padded (0x80 groups) when the text is shorter.
        var most = text.Length * 3;
        var prefix = most < 1 << 7 ? 1 : most < 1 << 14 ? 2 : most < 1 << 21 ? 3 : 5;
        var last = Room(prefix + most);
        if (Utf8.FromUtf16(text, last.AsSpan(_used + prefix), out _, out var length, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            position = 0;
            return false;
        }

        for (var i = 0; i < prefix; i++)
        {
            last[_used + i] = (byte)(((length >> (7 * i)) & 0x7F) | (i < prefix - 1 ? 0x80 : 0));
        }

        position = ((_chunks.Count - 1) << ChunkShift) | _used;
        _used += prefix + length;
        return true;
    }

    public ReadOnlySpan<byte> Get(int position)
    {
        var chunk = _chunks[position >>> ChunkShift];
        var at = position & (ChunkBytes - 1);
        int length = 0, shift = 0;
        byte part;
        do
        {
            part = chunk[at++];
            length |= (part & 0x7F) << shift;
            shift += 7;
        }
        while (part >= 0x80);

        return chunk.AsSpan(at, length);
    }

    /// <summary>The chunk to write <paramref name="bytes"/> at <see cref="_used"/>, starting a new one when needed.</summary>
    private byte[] Room(int bytes)
    {
        var last = _chunks[^1];

        // A text starts within the first 64 KB of its chunk, so that its position fits in an int with the chunk's index.
        if (last.Length - _used >= bytes && _used < ChunkBytes)
        {
            return last;
        }

        if (_chunks.Count == 1 && _used + bytes <= ChunkBytes)
        {
            // The first chunk grows by doubling: a small file holds a small buffer.
            Array.Resize(ref last, Math.Min(Math.Max(last.Length * 2, _used + bytes), ChunkBytes));
            _chunks[0] = last;
            return last;
        }

        last = new byte[Math.Max(ChunkBytes, bytes)];
        _chunks.Add(last);
        _used = 0;
        return last;
    }
}
