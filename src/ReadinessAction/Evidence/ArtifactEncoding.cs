using System.Text;

namespace ReadinessAction.Evidence;

/// <summary>Guesses the text encoding of an artifact from its first bytes: a BOM, or the zero bytes of UTF-16 without one.</summary>
public static class ArtifactEncoding
{
    /// <returns>The encoding and the length of its byte-order mark (0 when there is none).</returns>
    public static (Encoding Encoding, int BomLength) Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8, 3);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        // UTF-16 without BOM: ASCII text such as "<?" or "TN:" has every other byte zero.
        if (head.Length >= 4 && head[0] != 0 && head[1] == 0 && head[2] != 0 && head[3] == 0)
        {
            return (Encoding.Unicode, 0);
        }

        if (head.Length >= 4 && head[0] == 0 && head[1] != 0 && head[2] == 0 && head[3] != 0)
        {
            return (Encoding.BigEndianUnicode, 0);
        }

        return (Encoding.UTF8, 0);
    }
}
