namespace ReadinessAction.Diagnostics;

/// <summary>Collects diagnostics from every stage; thread-safe so readers may run in parallel.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<Diagnostic> Items
    {
        get
        {
            lock (_gate)
            {
                return [.. _items];
            }
        }
    }

    public bool HasErrors => Items.Any(d => d.Severity == DiagnosticSeverity.Error);

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Add(d);
        }
    }

    public void Error(string code, string message, string? path = null, int? line = null) =>
        Add(new Diagnostic(DiagnosticSeverity.Error, code, message, path, line));

    public void Warning(string code, string message, string? path = null, int? line = null) =>
        Add(new Diagnostic(DiagnosticSeverity.Warning, code, message, path, line));

    public void Info(string code, string message, string? path = null, int? line = null) =>
        Add(new Diagnostic(DiagnosticSeverity.Info, code, message, path, line));
}
