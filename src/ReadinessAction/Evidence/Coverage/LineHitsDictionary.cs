using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ReadinessAction.Evidence.Coverage;

/// <summary>
/// The lines of one file, held compactly while a report of hundreds of megabytes streams by: hit counts in an array
/// indexed by line number (4 bytes a line), branches packed in a second array (2 bytes a line) only once the file has
/// one, the rare count that does not fit beside them. A file whose few line numbers are far apart (line 1,000,000 of a ten-line
/// file) keeps a dictionary instead of a mostly empty array. Enumerates in line order.
/// </summary>
public sealed class LineHitsDictionary : IReadOnlyDictionary<int, LineHits>
{
    private const int DenseFloor = 4096;
    private const uint Overflow = uint.MaxValue;
    private const ushort BranchOverflow = ushort.MaxValue;
    private const int BranchBits = 8;
    private const int MaxPackedBranches = 254;

    // 0: no such line; n: n - 1 hits; Overflow: the hits (or branches) are in _overflow.
    private uint[] _hits = [];
    private ushort[]? _branches;
    private Dictionary<int, LineHits>? _overflow;
    private Dictionary<int, LineHits>? _sparse;
    private int _count;
    private int _last;

    public int Count => _sparse?.Count ?? _count;

    public IEnumerable<int> Keys => this.Select(pair => pair.Key);

    public IEnumerable<LineHits> Values => this.Select(pair => pair.Value);

    public LineHits this[int key] => TryGetValue(key, out var hits) ? hits : throw new KeyNotFoundException($"line {key}");

    public bool ContainsKey(int key) => TryGetValue(key, out _);

    public bool TryGetValue(int key, [MaybeNullWhen(false)] out LineHits value)
    {
        if (_sparse is not null)
        {
            return _sparse.TryGetValue(key, out value);
        }

        if (key < 1 || key >= _hits.Length || _hits[key] == 0)
        {
            value = default;
            return false;
        }

        value = Get(key);
        return true;
    }

    /// <summary>The same line seen again is combined (<see cref="LineHits.Combine"/>).</summary>
    public void Add(int line, LineHits hits) => Set(line, TryGetValue(line, out var seen) ? seen.Combine(hits) : hits);

    /// <summary>Adds branches to a line (made coverable with no hits when new): counts add up rather than combine.</summary>
    public void AddBranches(int line, int valid, int covered)
    {
        TryGetValue(line, out var seen);
        Set(line, seen with { BranchesValid = seen.BranchesValid + valid, BranchesCovered = seen.BranchesCovered + covered });
    }

    public IEnumerator<KeyValuePair<int, LineHits>> GetEnumerator()
    {
        if (_sparse is not null)
        {
            foreach (var line in _sparse.Keys.Order())
            {
                yield return new(line, _sparse[line]);
            }

            yield break;
        }

        for (var line = 1; line < _hits.Length; line++)
        {
            if (_hits[line] != 0)
            {
                yield return new(line, Get(line));
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The file's totals, counted over the arrays directly (no enumerator: a report sums millions of lines).</summary>
    public CoverageTotals Totals()
    {
        long valid = 0, covered = 0, branchesValid = 0, branchesCovered = 0;
        if (_sparse is not null)
        {
            foreach (var hits in _sparse.Values)
            {
                Add(hits);
            }
        }

        for (var line = 1; _sparse is null && line < _hits.Length; line++)
        {
            if (_hits[line] != 0)
            {
                Add(Get(line));
            }
        }

        return new CoverageTotals(valid, covered, branchesValid, branchesCovered);

        void Add(LineHits hits)
        {
            valid++;
            covered += hits.IsCovered ? 1 : 0;
            branchesValid += hits.BranchesValid;
            branchesCovered += hits.BranchesCovered;
        }
    }

    private LineHits Get(int line)
    {
        var stored = _hits[line];
        var branches = _branches is { } b && line < b.Length ? b[line] : 0;
        return stored == Overflow || branches == BranchOverflow
            ? _overflow![line]
            : new LineHits(stored - 1, branches >> BranchBits, branches & 0xFF);
    }

    private void Set(int line, LineHits hits)
    {
        if (_sparse is null && !Fits(line))
        {
            _sparse = new Dictionary<int, LineHits>(this);
            (_hits, _branches, _overflow) = ([], null, null);
        }

        if (_sparse is not null)
        {
            _sparse[line] = hits;
            return;
        }

        if (_hits[line] == 0)
        {
            _count++;
            _last = Math.Max(_last, line);
        }

        var hasBranches = hits.BranchesValid != 0 || hits.BranchesCovered != 0;
        if (hasBranches && (_branches is null || _branches.Length < _hits.Length))
        {
            Array.Resize(ref _branches, _hits.Length);
        }

        var small = hits.Hits < Overflow - 1 && (uint)hits.BranchesValid <= MaxPackedBranches && (uint)hits.BranchesCovered <= MaxPackedBranches;
        _hits[line] = small ? (uint)hits.Hits + 1 : Overflow;
        if (_branches is not null && line < _branches.Length)
        {
            _branches[line] = small ? (ushort)((hits.BranchesValid << BranchBits) | hits.BranchesCovered) : BranchOverflow;
        }

        if (!small)
        {
            (_overflow ??= [])[line] = hits;
        }
        else
        {
            _overflow?.Remove(line);
        }
    }

    /// <summary>Gives back the room grown ahead (up to half the arrays) once the reader has moved on to another file.</summary>
    public void Trim()
    {
        if (_sparse is null && _hits.Length > _last + 1)
        {
            Array.Resize(ref _hits, _last + 1);
        }

        if (_branches is not null && _branches.Length > _last + 1)
        {
            Array.Resize(ref _branches, _last + 1);
        }
    }

    /// <summary>Grows the array for the line, or says the line is too far out for an array worth keeping.</summary>
    private bool Fits(int line)
    {
        if (line < 1)
        {
            return false;
        }

        if (line < _hits.Length)
        {
            return true;
        }

        if (line >= Math.Max(DenseFloor, 16L * (_count + 1)))
        {
            return false;
        }

        Array.Resize(ref _hits, (int)Math.Min(Math.Max(line + 1L, _hits.Length * 2L), Array.MaxLength));
        return true;
    }
}
