using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ReadinessAction.Checklists;

/// <summary>
/// Repairs UTF-8 text that was once decoded as Mac Roman ("‚úÖ" for ✅) or Windows-1252 ("âœ…"): runs of
/// characters that re-encode in that code page to a valid UTF-8 multi-byte sequence are replaced by what they meant.
/// </summary>
public static class MojibakeRepairer
{
    public sealed record Repair(string Text, string CodePage, int Replacements);

    /// <returns>The repaired text, or null when the text shows no mojibake.</returns>
    public static Repair? TryRepair(string text)
    {
        var macRoman = Apply(text, MacRoman.TryEncode, out var macCount);
        var windows = Apply(text, Windows1252.TryEncode, out var winCount);
        if (macCount == 0 && winCount == 0)
        {
            return null;
        }

        return macCount >= winCount
            ? new Repair(macRoman, "Mac Roman", macCount)
            : new Repair(windows, "Windows-1252", winCount);
    }

    private delegate bool Encoder(char c, out byte b);

    private static string Apply(string text, Encoder encode, out int replacements)
    {
        replacements = 0;
        var output = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] >= 0x80 && TryDecodeSequence(text, i, encode, out var decoded, out var consumed))
            {
                output.Append(decoded);
                replacements++;
                i += consumed;
            }
            else
            {
                output.Append(text[i]);
                i++;
            }
        }

        return output.ToString();
    }

    private static bool TryDecodeSequence(string text, int start, Encoder encode, out string decoded, out int consumed)
    {
        decoded = "";
        consumed = 0;
        if (!encode(text[start], out var lead))
        {
            return false;
        }

        var length = lead switch
        {
            >= 0xC2 and <= 0xDF => 2,
            >= 0xE0 and <= 0xEF => 3,
            >= 0xF0 and <= 0xF4 => 4,
            _ => 0,
        };
        if (length == 0 || start + length > text.Length)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[4];
        bytes[0] = lead;
        for (var k = 1; k < length; k++)
        {
            if (!encode(text[start + k], out var b) || (b & 0xC0) != 0x80)
            {
                return false;
            }

            bytes[k] = b;
        }

        Span<char> chars = stackalloc char[2];
        if (Utf8.ToUtf16(bytes[..length], chars, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            return false;
        }

        decoded = new string(chars[..written]);
        consumed = length;
        return true;
    }
}
