using System.Globalization;

using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Evidence.Conformance;

/// <summary>Loads every EXPECTED.tsv under tests/corpus/artifacts.</summary>
public static class CorpusExpectations
{
    public static readonly string[] NumberColumns =
    [
        "expected_total_tests", "expected_passed", "expected_failed", "expected_errors", "expected_skipped",
        "expected_lines_valid", "expected_lines_covered", "expected_branches_valid", "expected_branches_covered",
    ];

    public static string CorpusRoot => Path.Combine(RepositoryPaths.Corpus, "artifacts");

    public static IReadOnlyList<CorpusExpectation> All { get; } = Load();

    private static List<CorpusExpectation> Load()
    {
        var rows = new List<CorpusExpectation>();
        foreach (var tsv in Directory.EnumerateFiles(CorpusRoot, "EXPECTED.tsv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var source = Path.GetFileName(Path.GetDirectoryName(tsv)!);
            var lines = File.ReadAllLines(tsv);
            var header = lines[0].Split('\t');
            foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
            {
                var cells = line.Split('\t');
                string Cell(string name)
                {
                    var i = Array.IndexOf(header, name);
                    return i >= 0 && i < cells.Length ? cells[i].Trim() : "";
                }

                var numbers = NumberColumns.ToDictionary(
                    c => c,
                    c => long.TryParse(Cell(c), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (long?)null);
                rows.Add(new CorpusExpectation(source, Cell("file"), Cell("format"), Cell("kind"), Cell("expected_outcome"), numbers, Cell("notes"), Cell("peer_counting"),
                    double.TryParse(Cell("expected_line_rate"), NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) ? rate : null));
            }
        }

        return rows;
    }
}
