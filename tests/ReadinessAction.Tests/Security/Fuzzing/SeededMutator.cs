using System.Text;

namespace ReadinessAction.Tests.Security.Fuzzing;

/// <summary>
/// Deterministic mutations of a seed file: byte flips and insertions, cut, duplicated and swapped lines, truncation,
/// and tokens that stress Markdown, tables and XML (unclosed and stray tags, entities, DOCTYPEs, deep nesting,
/// huge numbers, invalid UTF-8). The same seed gives the same bytes on every machine.
/// </summary>
internal static class SeededMutator
{
    private static readonly string[] Tokens =
    [
        "<", ">", "</", "/>", "<a>", "</a>", "<![CDATA[", "]]>", "&", "&amp;", "&#0;", "&#xFFFF;", "&undefined;",
        "<!DOCTYPE x [<!ENTITY e \"ee\">]>", "<?xml version=\"1.0\" encoding=\"utf-16\"?>", "=\"", "\"", "'", "xmlns:x=\"u\"",
        "- [x] ", "- [ ] ", "| ", " |", "|---|---|", "# ", "```", "**", "\n", "\r\n", "\t", "\0", ":", "::",
        "87%", "100%", "-1", "1e309", "NaN", "99999999999999999999", "1,943 / 2,133", "0/0", "24/27", ">=", "≥", "½",
        "tests passing", "coverage", "✅", "❌", "\u200B", "\uFEFF", "\u202E", "\uD800", "ä", "{", "}", "[", "]", "---",
    ];

    public static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = new List<byte>(seed);
        var count = random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            Apply(bytes, random);
        }

        return [.. bytes];
    }

    private static void Apply(List<byte> bytes, Random random)
    {
        var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
        switch (random.Next(9))
        {
            case 0 when bytes.Count > 0:
                bytes[at] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
                break;
            case 2:
                bytes.RemoveRange(at, Math.Min(random.Next(1, 256), bytes.Count - at));
                break;
            case 3 when bytes.Count > 0:
                var length = Math.Min(random.Next(1, 512), bytes.Count - at);
                bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                break;
            case 4:
                SwapLines(bytes, random);
                break;
            case 5:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case 6:
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(Nesting(random)));
                break;
            case 7:
                bytes.InsertRange(at, [0xC3, 0x28, 0xFF, 0xFE, 0xE2, 0x82]);
                break;
            default:
                var token = Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]);
                for (var n = random.Next(1, 64); n > 0; n--)
                {
                    bytes.InsertRange(at, token);
                }

                break;
        }
    }

    private static string Nesting(Random random)
    {
        var depth = random.Next(10, 2_000);
        return random.Next(3) switch
        {
            0 => string.Concat(Enumerable.Repeat("<n>", depth)),
            1 => string.Concat(Enumerable.Repeat("> ", depth)) + "- [x] 87%",
            _ => string.Concat(Enumerable.Repeat("[", depth)),
        };
    }

    private static void SwapLines(List<byte> bytes, Random random)
    {
        var lines = Encoding.UTF8.GetString([.. bytes]).Split('\n');
        if (lines.Length < 2)
        {
            return;
        }

        var (a, b) = (random.Next(lines.Length), random.Next(lines.Length));
        (lines[a], lines[b]) = (lines[b], lines[a]);
        if (random.Next(2) == 0)
        {
            lines[a] = lines[b];
        }

        bytes.Clear();
        bytes.AddRange(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
    }
}
