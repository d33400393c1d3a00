namespace ReadinessAction.Evidence.Coverage.Lcov;

/// <summary>Splits an LCOV file into SF sections and records; see <see cref="LcovReader"/>.</summary>
internal sealed class LcovParser : CoverageLineParser
{
    private static readonly string[] Counted = ["DA", "BRDA", "LF", "LH", "BRF", "BRH"];
    private static readonly string[] Ignored = ["TN", "VER", "FN", "FNDA", "FNF", "FNH", "FNL", "FNA", "LN"];

    private LcovSection? _section;

    public LcovParser(CoverageReadContext context)
        : base(context)
    {
    }

    public override void ReadLine(string line, int number)
    {
        if (line.Length == 0)
        {
            return;
        }

        if (line == "end_of_record")
        {
            _section?.End(number);
            _section = null;
            return;
        }

        var colon = line.IndexOf(':', StringComparison.Ordinal);
        var tag = colon > 0 ? line[..colon] : line;
        var value = colon > 0 ? line[(colon + 1)..] : "";
        if (tag == "SF")
        {
            _section?.End(number);
            _section = new LcovSection(Context, CoveragePath.Normalize(value), number);
        }
        else if (colon <= 0 || !(Counted.Contains(tag) || Ignored.Contains(tag)))
        {
            Context.Warn(CoverageDiagnosticCodes.BadRecord, $"not an LCOV record: \"{Shorten(line)}\"; skipped", number);
        }
        else if (Counted.Contains(tag) && _section is null)
        {
            Context.Warn(CoverageDiagnosticCodes.BadRecord, $"{tag} record outside any SF section; skipped", number);
        }
        else if (Counted.Contains(tag))
        {
            _section!.Add(tag, value, number);
        }
    }

    public override void Finish(int lastLine)
    {
        if (_section is not null)
        {
            Context.Warn(CoverageDiagnosticCodes.BadRecord, "the last SF section has no end_of_record (truncated file?); its lines are kept", lastLine);
            _section.End(lastLine);
            _section = null;
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "...";
}
