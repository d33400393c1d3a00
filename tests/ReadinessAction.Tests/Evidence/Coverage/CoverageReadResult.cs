using ReadinessAction.Diagnostics;
using ReadinessAction.Evidence;
using ReadinessAction.Evidence.Coverage;

namespace ReadinessAction.Tests.Evidence.Coverage;

/// <summary>What reading one artifact gave: the reader the content chose, the evidence and the diagnostics.</summary>
internal sealed record CoverageReadResult(IArtifactReader? Reader, ArtifactEvidence? Evidence, IReadOnlyList<Diagnostic> Diagnostics)
{
    public CoverageSet Set => Evidence?.Coverage ?? throw new InvalidOperationException($"not read: {string.Join("; ", Diagnostics)}");

    public CoverageTotals Totals => Set.Totals;

    public IReadOnlyDictionary<int, LineHits> Lines(string path) =>
        Set.Files.SingleOrDefault(f => f.Path == path)?.Lines
        ?? throw new InvalidOperationException($"no file {path}; files: {string.Join(", ", Set.Files.Select(f => f.Path))}");

    public IEnumerable<Diagnostic> With(string code) => Diagnostics.Where(d => d.Code == code);

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);
}
