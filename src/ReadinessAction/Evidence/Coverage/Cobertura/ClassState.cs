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
    private readonly List<(int Number, LineHits Hits)> _methodLines = [];
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
        _methodLines.Clear();
        if (xml.IsEmptyElement)
        {
            End(_names.Class);
        }
    }

    public void BeginMethod(bool isEmpty) => _inMethod = !isEmpty;

    public void AddLine(int number, LineHits hits)
    {
        if (_inMethod)
        {
            _methodLines.Add((number, hits));
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
                foreach (var (number, hits) in _methodLines)
                {
                    _context.Coverage.AddLine(FilePath, number, hits);
                }
            }

            _methodLines.Clear();
            FilePath = null;
        }
    }
}
