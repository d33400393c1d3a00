using System.Globalization;

namespace ReadinessAction.Evidence.Coverage.Lcov;

/// <summary>One SF ... end_of_record section: its lines (branches add up within it) and its declared summary.</summary>
internal sealed class LcovSection
{
    private readonly CoverageReadContext _context;
    private readonly string _path;
    private readonly int _startLine;
    private readonly CoverageSetBuilder _lines = new();
    private long? _linesFound, _linesHit, _branchesFound, _branchesHit;

    public LcovSection(CoverageReadContext context, string path, int startLine)
    {
        _context = context;
        _path = path;
        _startLine = startLine;
    }

    public void Add(ReadOnlySpan<char> tag, ReadOnlySpan<char> value, int number)
    {
        // Up to five fields: when a record has more, the last range holds the rest, and the fields read stay exact.
        Span<Range> ranges = stackalloc Range[5];
        var fields = value.Split(ranges, ',');
        switch (tag)
        {
            case "DA" when fields >= 2 && LineNumber(value[ranges[0]]) is { } line && Count(value[ranges[1]]) is { } hits:
                _lines.AddLine(_path, line, new LineHits(hits, 0, 0));
                break;
            case "BRDA" when fields >= 4 && LineNumber(value[ranges[0]]) is { } line && (value[ranges[3]] is "-" || Count(value[ranges[3]]) is not null):
                _lines.AddBranches(_path, line, 1, value[ranges[3]] is not "-" && Count(value[ranges[3]]) > 0 ? 1 : 0);
                break;
            case "LF" when Count(value) is { } found:
                _linesFound = found;
                break;
            case "LH" when Count(value) is { } hit:
                _linesHit = hit;
                break;
            case "BRF" when Count(value) is { } found:
                _branchesFound = found;
                break;
            case "BRH" when Count(value) is { } hit:
                _branchesHit = hit;
                break;
            default:
                _context.Warn(CoverageDiagnosticCodes.BadRecord, $"{tag.ToString()} record with unusable values \"{value.ToString()}\"; skipped", number);
                break;
        }
    }

    public void End(int number)
    {
        var counted = _lines.Totals();
        var claim = new CoverageTotalsClaim(_linesFound, _linesHit, _branchesFound, _branchesHit, number);
        claim.Check(counted, _context, $"SF:{_path} (line {_startLine.ToString(CultureInfo.InvariantCulture)})");
        _context.Coverage.MergeFrom(_lines);
    }

    private static int? LineNumber(ReadOnlySpan<char> text) =>
        XmlNumbers.ParseInt(text) is { } line && line >= 1 ? line : null;

    /// <summary>Hit counts may exceed 32 bits or be written as floats; negative ones (a gcov bug) are unusable.</summary>
    private static long? Count(ReadOnlySpan<char> text) =>
        XmlNumbers.ParseLong(text) is { } count && count >= 0 ? count : null;
}
