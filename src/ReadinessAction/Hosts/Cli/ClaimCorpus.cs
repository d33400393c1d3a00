using ReadinessAction.Checklists;
using ReadinessAction.Claims;
using ReadinessAction.Claims.Scoring;
using ReadinessAction.Diagnostics;
using ReadinessAction.Verification;

namespace ReadinessAction.Hosts.Cli;

/// <summary>
/// A labelled claims corpus on disk: <c>checklists/*.md</c>, <c>labels/<c>labels/&lt;file&gt;.claims.tsv</c>lt;name<c>labels/&lt;file&gt;.claims.tsv</c>gt;.claims.tsv</c> and an optional
/// <c>DISPUTED.md</c> whose table rows (file | line | kind | rule | why) name labels left out of the score.
/// </summary>
public sealed record ClaimCorpus(string Root, IReadOnlyList<string> Checklists, IReadOnlyList<LabelledClaim> Labels, IReadOnlyList<(string File, int Line, string Kind)> Disputed)
{
    public static ClaimCorpus Load(string root)
    {
        var checklistDir = Path.Combine(root, "checklists");
        if (!Directory.Exists(checklistDir))
        {
            throw new ReadinessUsageException($"{root} is not a claims corpus: it has no checklists/ folder");
        }

        var checklists = Directory.GetFiles(checklistDir, "*.md").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var labels = checklists.SelectMany(file => ReadLabels(Path.Combine(root, "labels", Path.ChangeExtension(file, ".claims.tsv")), file)).ToList();
        var disputedFile = Path.Combine(root, "DISPUTED.md");
        var disputed = File.Exists(disputedFile) ? ReadDisputed(disputedFile) : [];
        return new ClaimCorpus(root, checklists, labels, disputed);
    }

    /// <summary>Runs the default recogniser over every checklist, as <c>readiness check</c> does, and scores it.</summary>
    public ClaimScore Score()
    {
        var reported = new List<ScoredClaim>();
        foreach (var file in Checklists)
        {
            var diagnostics = new DiagnosticBag();
            if (ChecklistLoader.Parse(File.ReadAllBytes(Path.Combine(Root, "checklists", file)), file, diagnostics) is not { } document)
            {
                continue;
            }

            reported.AddRange(ClaimExtractor.CreateDefault().Extract(document)
                .Select(c => new ScoredClaim(file, c.Line, StatusNames.Of(c.Kind), c.Asserted, c.Text)));
        }

        return ClaimScorer.Score(Labels, reported, Disputed);
    }

    private static IEnumerable<LabelledClaim> ReadLabels(string path, string file)
    {
        if (!File.Exists(path))
        {
            yield break;
        }

        foreach (var row in File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')))
        {
            if (row.Length >= 6 && int.TryParse(row[0], out var line))
            {
                yield return new LabelledClaim(file, line, row[1], row[2] == "x", row[3], row[5]);
            }
        }
    }

    private static List<(string File, int Line, string Kind)> ReadDisputed(string path) =>
        [.. File.ReadLines(path)
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Where(cells => cells.Length >= 5 && cells[1].EndsWith(".md", StringComparison.Ordinal) && int.TryParse(cells[2], out _))
            .Select(cells => (cells[1], int.Parse(cells[2], System.Globalization.CultureInfo.InvariantCulture), cells[3].Trim('`')))];
}
