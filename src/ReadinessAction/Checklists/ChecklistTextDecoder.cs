using System.Text;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Checklists;

/// <summary>Turns a checklist file's bytes into text: UTF-8 with or without BOM, UTF-16 either order, and
/// Windows-1252 as the fallback for bytes that are not UTF-8. Binary files are refused.</summary>
public static class ChecklistTextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns>The text, or null when the bytes are not text (a diagnostic says why).</returns>
    public static string? Decode(ReadOnlySpan<byte> bytes, string path, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else if (LooksLikeUtf16WithoutBom(bytes, out var bigEndian))
        {
            return (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(bytes);
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            diagnostics.Error("checklist-binary", "the file holds NUL bytes: it is binary, not Markdown", path);
            return null;
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Warning("checklist-encoding", "the file is not valid UTF-8; it was read as Windows-1252", path);
            return Windows1252.Decode(bytes);
        }
    }

    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var sample = bytes[..Math.Min(bytes.Length, 512)];
        if (sample.Length < 4)
        {
            return false;
        }

        int zeroEven = 0, zeroOdd = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                if (i % 2 == 0)
                {
                    zeroEven++;
                }
                else
                {
                    zeroOdd++;
                }
            }
        }

        var half = sample.Length / 2;
        bigEndian = zeroEven > half * 0.6;
        return bigEndian || zeroOdd > half * 0.6;
    }
}
