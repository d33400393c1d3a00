using System.Text.RegularExpressions;

namespace ReadinessAction.Evidence.Coverage.GoCover;

/// <summary>Reads the blocks of a Go cover profile; see <see cref="GoCoverReader"/>.</summary>
internal sealed partial class GoCoverParser : CoverageLineParser
{
    public GoCoverParser(CoverageReadContext context)
        : base(context)
    {
    }

    public override void ReadLine(ReadOnlySpan<char> line, int number) => Read(line.ToString(), number);

    private void Read(string line, int number)
    {
        // Profiles of several packages are often concatenated, each with its own mode line.
        if (line.Length == 0 || GoCoverReader.ModeLine().IsMatch(line))
        {
            return;
        }

        var match = Block().Match(line);
        if (!match.Success
            || XmlNumbers.ParseInt(match.Groups["first"].Value) is not { } first
            || XmlNumbers.ParseInt(match.Groups["last"].Value) is not { } last
            || XmlNumbers.ParseLong(match.Groups["count"].Value) is not { } count)
        {
            Context.Warn(CoverageDiagnosticCodes.BadRecord, $"not a Go cover block: \"{Shorten(line)}\"; skipped", number);
            return;
        }

        if (!Context.Coverage.AddSpan(CoveragePath.Normalize(match.Groups["file"].Value), first, last, count))
        {
            Context.Warn(CoverageDiagnosticCodes.BadRecord, $"block spans lines {first}-{last}, which cannot be right; skipped", number);
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "...";

    // The file name may itself hold ':' (C:/...), so the position is matched from the end.
    [GeneratedRegex(@"^(?<file>.+):(?<first>\d+)\.\d+,(?<last>\d+)\.\d+\s+\d+\s+(?<count>\d+)$")]
    private static partial Regex Block();
}
