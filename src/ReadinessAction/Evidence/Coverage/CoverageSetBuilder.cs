namespace ReadinessAction.Evidence.Coverage;

/// <summary>
/// Collects per-file line maps while a report streams by; the only state that grows with a report is one entry
/// per distinct (file, line), a few bytes each (<see cref="LineHitsDictionary"/>). A line added twice is combined
/// (<see cref="LineHits.Combine"/>).
/// </summary>
public sealed class CoverageSetBuilder
{
    /// <summary>Longest line range one record may cover; a larger one is hostile or corrupt input.</summary>
    public const int MaxSpan = 10_000;

    private readonly Dictionary<string, LineHitsDictionary> _files = new(StringComparer.Ordinal);

    // Readers add the lines of one file in a row, under the same path string: no hashing of the path for each line.
    private string? _lastPath;
    private LineHitsDictionary? _lastLines;

    public bool IsEmpty
    {
        get
        {
            foreach (var lines in _files.Values)
            {
                if (lines.Count > 0)
                {
                    return false;
                }
            }

            return true;
        }
    }

    public void AddLine(string path, int line, LineHits hits) => LinesOf(path).Add(line, hits);

    /// <summary>Adds every line from first to last with the same hits; false (nothing added) for an inverted
    /// range or one longer than <see cref="MaxSpan"/>.</summary>
    public bool AddSpan(string path, int first, int last, long hits)
    {
        if (first < 1 || last < first || last - first >= MaxSpan)
        {
            return false;
        }

        for (var line = first; line <= last; line++)
        {
            AddLine(path, line, new LineHits(hits, 0, 0));
        }

        return true;
    }

    /// <summary>Adds branches to a line of the same unit (method, record): counts add up rather than combine.</summary>
    public void AddBranches(string path, int line, int valid, int covered) => LinesOf(path).AddBranches(line, valid, covered);

    public void AddFile(FileCoverage file)
    {
        foreach (var (line, hits) in file.Lines)
        {
            AddLine(file.Path, line, hits);
        }
    }

    /// <summary>Moves everything from another builder into this one (combining lines) and empties it.</summary>
    public void MergeFrom(CoverageSetBuilder other)
    {
        foreach (var (path, lines) in other._files)
        {
            if (!_files.TryGetValue(path, out var mine))
            {
                _files[path] = lines; // a file new to this builder is taken over, not copied
                continue;
            }

            foreach (var (line, hits) in lines)
            {
                mine.Add(line, hits);
            }
        }

        other._files.Clear();
        (other._lastPath, other._lastLines) = (null, null);
    }

    /// <summary>What <see cref="Build"/> would count, without building the set.</summary>
    public CoverageTotals Totals()
    {
        long valid = 0, covered = 0, branchesValid = 0, branchesCovered = 0;
        foreach (var lines in _files.Values)
        {
            var t = lines.Totals();
            (valid, covered, branchesValid, branchesCovered) = (valid + t.LinesValid, covered + t.LinesCovered, branchesValid + t.BranchesValid, branchesCovered + t.BranchesCovered);
        }

        return new CoverageTotals(valid, covered, branchesValid, branchesCovered);
    }

    /// <summary>Files ordered by path (ordinal), files without any line left out.</summary>
    /// <remarks>Plain loops and a sort of the files rather than LINQ over the dictionary's pairs: each read pays for
    /// compiling every generic method it meets that the ReadyToRun image lacks, and LINQ over pairs of our types
    /// is some forty of them.</remarks>
    public CoverageSet Build()
    {
        var files = new List<FileCoverage>(_files.Count);
        foreach (var (path, lines) in _files)
        {
            if (lines.Count > 0)
            {
                files.Add(new FileCoverage(path, lines));
            }
        }

        files.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new CoverageSet(files.ToArray());
    }

    private LineHitsDictionary LinesOf(string path)
    {
        if (ReferenceEquals(path, _lastPath))
        {
            return _lastLines!;
        }

        if (!_files.TryGetValue(path, out var lines))
        {
            _files[path] = lines = new LineHitsDictionary();
        }

        _lastLines?.Trim();
        (_lastPath, _lastLines) = (path, lines);
        return lines;
    }
}
