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
        // Only characters outside ASCII can be mojibake: runs of ASCII are copied whole, and a text without a repair
        // is returned as it is.
        replacements = 0;
        StringBuilder? output = null;
        var copied = 0;
        var i = text.AsSpan().IndexOfAnyExceptInRange('\0', '\u007F');
        while (i >= 0)
        {
            if (TryDecodeSequence(text, i, encode, out var decoded, out var consumed))
            {
                output ??= new StringBuilder(text.Length);
                output.Append(text, copied, i - copied).Append(decoded);
                replacements++;
                i += consumed;
                copied = i;
            }
            else
            {
                i++;
            }

            var next = text.AsSpan(i).IndexOfAnyExceptInRange('\0', '\u007F');
            i = next < 0 ? -1 : i + next;
        }

        return output is null ? text : output.Append(text, copied, text.Length - copied).ToString();
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
