using System.Runtime.CompilerServices;
using System.Xml;

namespace ReadinessAction.Evidence.Coverage.OpenCover;

/// <summary>
/// The module being read: its file ids, the current method's sequence points (to place branch points that have
/// no line of their own) and its lines. Branches add up within a module and combine across modules, so a file
/// listed by two sessions or modules is not counted twice.
/// </summary>
internal sealed class ModuleState
{
    private readonly CoverageReadContext _context;
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
    // An array and a count, not a List: List<T> of a tuple is compiled afresh by every run (and Add is per point).
    private (long Offset, int Line, string Path)[] _methodPoints = new (long, int, string)[16];
    private int _methodPointCount;
    private readonly CoverageSetBuilder _lines = new();

    public ModuleState(CoverageReadContext context)
    {
        _context = context;
    }

    public string? MethodFile { get; set; }

    public void Begin(bool isEmpty)
    {
        _files.Clear();
        if (isEmpty)
        {
            End();
        }
    }

    public void End() => _context.Coverage.MergeFrom(_lines);

    public void AddFile(string? uid, string? fullPath)
    {
        if (uid is not null && !string.IsNullOrWhiteSpace(fullPath))
        {
            _files[uid] = CoveragePath.Normalize(fullPath);
        }
    }

    public void BeginMethod()
    {
        MethodFile = null;
        _methodPointCount = 0;
    }

    /// <returns>The visit count, or null when the point has no usable line or file.</returns>
    /// <param name="attributes">The point attributes in <see cref="OpenCoverNames.PointAttributes"/>' order.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // per record: see XmlCoverageReader.ReadDocument
    public long? AddSequencePoint(XmlReader xml, XmlAttributeNames attributes)
    {
        var values = XmlAttributeValues.Read(xml, attributes);
        if (SourceLine(values[0]) is not { } first || PathOf(values[1]) is not { } path || _context.Count(xml, "vc", values[2]) is not { } visits)
        {
            return null;
        }

        var last = XmlNumbers.ParseInt(values[3]) is { } end && end >= first ? end : first;
        if (!_lines.AddSpan(path, first, last, visits))
        {
            _context.Warn(CoverageDiagnosticCodes.BadRecord, $"<SequencePoint> spans lines {first}-{last}; only line {first} is counted", xml);
            _lines.AddSpan(path, first, first, visits);
        }

        if (_methodPointCount == _methodPoints.Length)
        {
            var larger = new (long, int, string)[_methodPoints.Length * 2];
            Array.Copy(_methodPoints, larger, _methodPointCount);
            _methodPoints = larger;
        }

        _methodPoints[_methodPointCount++] = (XmlNumbers.ParseLong(values[4]) ?? 0, first, path);
        return visits;
    }

    /// <returns>The visit count, or null when the point could not be placed on a line.</returns>
    /// <param name="attributes">The point attributes in <see cref="OpenCoverNames.PointAttributes"/>' order.</param>
    public long? AddBranchPoint(XmlReader xml, XmlAttributeNames attributes)
    {
        var values = XmlAttributeValues.Read(xml, attributes);
        if (_context.Count(xml, "vc", values[2]) is not { } visits)
        {
            return null;
        }

        if (SourceLine(values[0]) is { } line && PathOf(values[1]) is { } path)
        {
            _lines.AddBranches(path, line, 1, visits > 0 ? 1 : 0);
            return visits;
        }

        // Older OpenCover writes no sl on branch points: the branch belongs to the sequence point it follows.
        var offset = XmlNumbers.ParseLong(values[4]) ?? 0;
        if (_methodPointCount == 0)
        {
            return null;
        }

        var placed = _methodPoints[0];
        for (var i = 1; i < _methodPointCount; i++)
        {
            if (_methodPoints[i].Offset <= offset)
            {
                placed = _methodPoints[i];
            }
        }

        _lines.AddBranches(placed.Path, placed.Line, 1, visits > 0 ? 1 : 0);
        return visits;
    }

    private static int? SourceLine(string? text) =>
        XmlNumbers.ParseInt(text) is { } line && line >= 1 ? line : null;

    private string? PathOf(string? fileId) =>
        (fileId ?? MethodFile) is { } uid && _files.TryGetValue(uid, out var path) ? path : null;
}
