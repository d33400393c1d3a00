using System.Text;

namespace ReadinessAction.Checklists;

/// <summary>Windows-1252 without the code-pages provider; bytes 0x80-0x9F that 1252 leaves undefined map to C1 controls.</summary>
internal static class Windows1252
{
    private static readonly char[] High =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    private static readonly Dictionary<char, byte> Reverse = BuildReverse();

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            text.Append(b is >= 0x80 and <= 0x9F ? High[b - 0x80] : (char)b);
        }

        return text.ToString();
    }

    public static bool TryEncode(char c, out byte b) => Reverse.TryGetValue(c, out b);

    private static Dictionary<char, byte> BuildReverse()
    {
        var map = new Dictionary<char, byte>();
        for (var i = 0x80; i <= 0xFF; i++)
        {
            map[i <= 0x9F ? High[i - 0x80] : (char)i] = (byte)i;
        }

        return map;
    }
}
