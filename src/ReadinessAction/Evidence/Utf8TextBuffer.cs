using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Unicode;

namespace ReadinessAction.Evidence;

/// <summary>
/// Many short texts (a million test names) held as UTF-8 in 64 KB chunks, front-coded: a text that begins as the one
/// before it (<c>test_1041</c> after <c>test_1040</c>) keeps only the rest and a link back. A chain is cut every
/// <see cref="Restart"/> texts and at each chunk, so reading one back copies from at most that many entries.
/// An entry: varint shared length, varint link back (when shared), varint rest length, the rest; addressed by one int.
/// </summary>
internal sealed class Utf8TextBuffer
{
    private const int ChunkShift = 16;
    private const int ChunkBytes = 1 << ChunkShift;
    private const int Restart = 16;
    private const int MostHeader = 15;
    private const ulong HashMultiplier = 0x100000001B3UL;
    private readonly List<byte[]> _chunks = [new byte[256]];
    private byte[] _last = new byte[64];
    private int _lastLength;
    private int _lastPosition = -1;
    private int _sinceRestart;
    private int _used;

    /// <summary>Copies <paramref name="text"/> in; false (nothing kept) when it is not valid UTF-16 (a lone surrogate).</summary>
    public bool TryAdd(ReadOnlySpan<char> text, out int position)
    {
        position = 0;
        if (_last.Length < text.Length * 3)
        {
            Array.Resize(ref _last, text.Length * 3);
        }

        var previous = _last.AsSpan(0, _lastLength);
        var utf8 = text.Length * 3 <= 512 ? stackalloc byte[text.Length * 3] : new byte[text.Length * 3];
        if (Utf8.FromUtf16(text, utf8, out _, out var length, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            return false;
        }

        utf8 = utf8[..length];
        var chunks = _chunks.Count;
        var chunk = Room(MostHeader + length);
        var shared = chunks == _chunks.Count && _lastPosition >= 0 && _sinceRestart < Restart ? utf8.CommonPrefixLength(previous) : 0;
        position = ((_chunks.Count - 1) << ChunkShift) | _used;
        var at = Write(chunk, _used, shared);
        if (shared > 0)
        {
            at = Write(chunk, at, position - _lastPosition);
        }

        at = Write(chunk, at, length - shared);
        utf8[shared..].CopyTo(chunk.AsSpan(at));
        _used = at + length - shared;
        _sinceRestart = shared > 0 ? _sinceRestart + 1 : 1;
        _lastPosition = position;
        utf8.CopyTo(_last);
        _lastLength = length;
        return true;
    }

    /// <summary>The length in bytes of the text at <paramref name="position"/>.</summary>
    public int LengthOf(int position)
    {
        var chunk = _chunks[position >>> ChunkShift];
        var at = position & (ChunkBytes - 1);
        var shared = ReadVarint(chunk, ref at);
        if (shared > 0)
        {
            ReadVarint(chunk, ref at);
        }

        return shared + ReadVarint(chunk, ref at);
    }

    /// <summary>Copies the text at <paramref name="position"/> into <paramref name="destination"/>, exactly <see cref="LengthOf"/> long.</summary>
    public void CopyTo(int position, Span<byte> destination)
    {
        // Each entry up the chain fills the part of the text it holds, until the start is filled.
        var need = destination.Length;
        while (need > 0)
        {
            var chunk = _chunks[position >>> ChunkShift];
            var at = position & (ChunkBytes - 1);
            var shared = ReadVarint(chunk, ref at);
            var back = shared > 0 ? ReadVarint(chunk, ref at) : 0;
            ReadVarint(chunk, ref at); // the rest's length: what is needed of it is known
            if (need > shared)
            {
                chunk.AsSpan(at, need - shared).CopyTo(destination[shared..need]);
                need = shared;
            }

            position -= back;
        }
    }

    /// <summary>
    /// A hash of the text at <paramref name="position"/>: a polynomial over its bytes, so a text hashes the same however
    /// it was front-coded.
    /// </summary>
    public int HashOf(int position) => HashOf(position, new HashCursor());

    /// <summary>
    /// As <see cref="HashOf(int)"/>. Texts asked for in the order they were added cost only their own bytes: a text
    /// front-coded on the one hashed just before starts from that one's hash of the part they share, where a text
    /// asked for alone is copied whole out of its chain.
    /// </summary>
    public int HashOf(int position, HashCursor cursor)
    {
        var chunk = _chunks[position >>> ChunkShift];
        var at = position & (ChunkBytes - 1);
        var shared = ReadVarint(chunk, ref at);
        var back = shared > 0 ? ReadVarint(chunk, ref at) : 0;
        var rest = ReadVarint(chunk, ref at);
        var prefix = cursor.Prefixes(shared + rest);
        var hash = shared == 0 ? 0 : prefix[shared];
        if (shared > 0 && position - back != cursor.Position)
        {
            var text = new byte[shared + rest];
            CopyTo(position, text);
            hash = 0;
            for (var i = 0; i < shared; i++)
            {
                hash = (hash * HashMultiplier) + text[i];
                prefix[i + 1] = hash;
            }
        }

        for (var i = 0; i < rest; i++)
        {
            hash = (hash * HashMultiplier) + chunk[at + i];
            prefix[shared + i + 1] = hash;
        }

        cursor.Position = position;
        hash ^= hash >> 29;
        hash *= 0xBF58476D1CE4E5B9UL;
        return (int)(hash ^ (hash >> 32));
    }

    /// <summary>What <see cref="HashOf(int, HashCursor)"/> keeps of the text it hashed last, for the text after it.</summary>
    public sealed class HashCursor
    {
        private ulong[] _prefixes = new ulong[64];

        /// <summary>The text hashed last, -1 for none.</summary>
        internal int Position { get; set; } = -1;

        /// <summary>The hash of each prefix of that text by length (the empty one is 0), room made for <paramref name="length"/>.</summary>
        internal ulong[] Prefixes(int length)
        {
            if (_prefixes.Length <= length)
            {
                Array.Resize(ref _prefixes, Math.Max(length + 1, _prefixes.Length * 2));
            }

            return _prefixes;
        }
    }

    private static int Write(byte[] chunk, int at, int value)
    {
        for (; value >= 0x80; value >>= 7)
        {
            chunk[at++] = (byte)(value | 0x80);
        }

        chunk[at++] = (byte)value;
        return at;
    }

    // Nearly every varint is one byte (a length or link under 128): that case is inlined where it is read.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ReadVarint(byte[] chunk, ref int at)
    {
        var first = chunk[at];
        if (first < 0x80)
        {
            at++;
            return first;
        }

        return ReadLongVarint(chunk, ref at);
    }

    private static int ReadLongVarint(byte[] chunk, ref int at)
    {
        int value = 0, shift = 0;
        byte part;
        do
        {
            part = chunk[at++];
            value |= (part & 0x7F) << shift;
            shift += 7;
        }
        while (part >= 0x80);

        return value;
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
            // The first chunk grows by doubling: a small file holds a small buffer. Positions in it do not change.
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
