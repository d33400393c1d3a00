namespace ReadinessAction.Evidence.Coverage.Lcov;

/// <summary>Splits an LCOV file into SF sections and records; see <see cref="LcovReader"/>.</summary>
internal sealed class LcovParser : CoverageLineParser
{
    private LcovSection? _section;

    public LcovParser(CoverageReadContext context)
        : base(context)
    {
    }

    public override void ReadLine(ReadOnlySpan<char> line, int number)
    {
        if (line.IsEmpty)
        {
            return;
        }

        if (line is "end_of_record")
        {
            _section?.End(number);
            _section = null;
            return;
        }

        var colon = line.IndexOf(':');
        var tag = colon > 0 ? line[..colon] : line;
        var value = colon > 0 ? line[(colon + 1)..] : [];
        if (tag is "SF")
        {
            _section?.End(number);
            _section = new LcovSection(Context, CoveragePath.Normalize(value.ToString()), number);
        }
        else if (colon <= 0 || !(IsCounted(tag) || IsIgnored(tag)))
        {
            Context.Warn(CoverageDiagnosticCodes.BadRecord, $"not an LCOV record: \"{Shorten(line)}\"; skipped", number);
        }
        else if (IsCounted(tag) && _section is null)
        {
            Context.Warn(CoverageDiagnosticCodes.BadRecord, $"{tag.ToString()} record outside any SF section; skipped", number);
        }
        else if (IsCounted(tag))
        {
            _section!.Add(tag, value, number);
        }
    }

    private static bool IsCounted(ReadOnlySpan<char> tag) => tag is "DA" or "BRDA" or "LF" or "LH" or "BRF" or "BRH";

    private static bool IsIgnored(ReadOnlySpan<char> tag) => tag is "TN" or "VER" or "FN" or "FNDA" or "FNF" or "FNH" or "FNL" or "FNA" or "LN";

    public override void Finish(int lastLine)
    {
        if (_section is not null)
        {
            Context.Warn(CoverageDiagnosticCodes.BadRecord, "the last SF section has no end_of_record (truncated file?); its lines are kept", lastLine);
            _section.End(lastLine);
            _section = null;
        }
    }

    private static string Shorten(ReadOnlySpan<char> text) => text.Length <= 60 ? text.ToString() : string.Concat(text[..60], "...");
}
