using System.Runtime.CompilerServices;
using System.Xml;

namespace ReadinessAction.Evidence.Coverage.Cobertura;

/// <summary>
/// Where the Cobertura reader is: the current class's resolved file, whether it has class-level lines, and its
/// methods' lines held back (only for the class being read) in case it has none.
/// </summary>
internal sealed class ClassState
{
    private readonly CoverageReadContext _context;
    private readonly CoberturaNames _names;
    // An array and a count, not a List: List<T> of a tuple of our type is compiled afresh by every run.
    private (int Number, LineHits Hits)[] _methodLines = new (int, LineHits)[16];
    private int _methodLineCount;
    private bool _inMethod;
    private bool _hasClassLines;

    public ClassState(CoverageReadContext context, CoberturaNames names)
    {
        _context = context;
        _names = names;
    }

    /// <summary>The first non-blank &lt;source&gt;. Relative file names are resolved against it alone: the reader
    /// sees a stream, not the build machine's disk, so it cannot ask which of several sources holds the file; the
    /// relative tail of the path is kept either way, which is what path filters match.</summary>
    public string? Source { get; set; }

    public string? FilePath { get; private set; }

    public void BeginClass(XmlReader xml)
    {
        var fileName = xml.GetAttribute("filename");
        if (string.IsNullOrWhiteSpace(fileName))
        {
            // The lines still count toward the totals; they just match no path filter.
            var name = xml.GetAttribute("name");
            FilePath = string.IsNullOrWhiteSpace(name) ? $"(class without name or filename, line {CoverageReadContext.LineOf(xml)})" : name.Trim();
            _context.Warn(CoverageDiagnosticCodes.BadRecord, $"<class> has no filename; its lines are kept under \"{FilePath}\"", xml);
        }
        else
        {
            FilePath = CoveragePath.Resolve(Source, fileName);
        }

        _hasClassLines = false;
        _inMethod = false;
        _methodLineCount = 0;
        if (xml.IsEmptyElement)
        {
            End(_names.Class);
        }
    }

    public void BeginMethod(bool isEmpty) => _inMethod = !isEmpty;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // per record: see XmlCoverageReader.ReadDocument
    public void AddLine(int number, LineHits hits)
    {
        if (_inMethod)
        {
            if (_methodLineCount == _methodLines.Length)
            {
                var larger = new (int, LineHits)[_methodLines.Length * 2];
                Array.Copy(_methodLines, larger, _methodLineCount);
                _methodLines = larger;
            }

            _methodLines[_methodLineCount++] = (number, hits);
            return;
        }

        _hasClassLines = true;
        _context.Coverage.AddLine(FilePath!, number, hits);
    }

    /// <param name="element">The element's name as the reader gives it (atomized, compared by reference).</param>
    public void End(string element)
    {
        if ((object)element == _names.Method)
        {
            _inMethod = false;
        }
        else if ((object)element == _names.Class)
        {
            if (!_hasClassLines && FilePath is not null)
            {
                for (var i = 0; i < _methodLineCount; i++)
                {
                    _context.Coverage.AddLine(FilePath, _methodLines[i].Number, _methodLines[i].Hits);
                }
            }

            _methodLineCount = 0;
            FilePath = null;
        }
    }
}
