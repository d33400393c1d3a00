using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace ReadinessAction.Evidence.Coverage;

/// <summary>
/// The lines of one file, held compactly while a report of hundreds of megabytes streams by: hit counts in an array
/// indexed by line number, branches packed in a second array only once the file has one, each array only as wide as
/// its largest value needs (<see cref="NarrowCounts"/>: typically 2 bytes a line for hits, 1 for branches), the rare
/// count that does not fit beside them in a dictionary. A file whose few line numbers are far apart (line 1,000,000
/// of a ten-line file) keeps a dictionary instead of a mostly empty array. Enumerates in line order.
/// </summary>
public sealed class LineHitsDictionary : IReadOnlyDictionary<int, LineHits>
{
    private const int DenseFloor = 4096;
    private const uint Overflow = uint.MaxValue;
    private const int MaxPackedBranches = byte.MaxValue;

    // 0: no such line; n: n - 1 hits; Overflow: the hits and branches are in _overflow.
    private NarrowCounts _hits;

    // The line's valid and covered branches, their bits interleaved (<see cref="PackBranches"/>); empty until a branch.
    private NarrowCounts _branches;
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // per record: see XmlCoverageReader.ReadDocument
    public void Add(int line, LineHits hits)
    {
        // The common case, a new line within the array whose counts fit it: a store or two (a report adds millions).
        // An absent line has no branches stored either, so without branches its place in _branches is already 0.
        if (_sparse is null && (ulong)hits.Hits < Overflow - 1 && (uint)hits.BranchesValid <= MaxPackedBranches
            && (uint)hits.BranchesCovered <= MaxPackedBranches && line > 0 && line < _hits.Length && _hits[line] == 0)
        {
            _hits.Set(line, (uint)hits.Hits + 1);
            if ((hits.BranchesValid | hits.BranchesCovered) != 0)
            {
                if (_branches.Length < _hits.Length)
                {
                    _branches.Resize(_hits.Length);
                }

                _branches.Set(line, PackBranches((uint)hits.BranchesValid, (uint)hits.BranchesCovered));
            }

            _count++;
            _last = Math.Max(_last, line);
            return;
        }

        Set(line, TryGetValue(line, out var seen) ? seen.Combine(hits) : hits);
    }

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
        if (stored == Overflow)
        {
            return _overflow![line];
        }

        var branches = line < _branches.Length ? _branches[line] : 0;
        return new LineHits(stored - 1, (int)Compact(branches >> 1), (int)Compact(branches));
    }

    private void Set(int line, LineHits hits)
    {
        if (_sparse is null && !Fits(line))
        {
            _sparse = new Dictionary<int, LineHits>(this);
            _hits.Clear();
            _branches.Clear();
            _overflow = null;
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
        if (hasBranches && _branches.Length < _hits.Length)
        {
            _branches.Resize(_hits.Length);
        }

        var small = (ulong)hits.Hits < Overflow - 1 && (uint)hits.BranchesValid <= MaxPackedBranches && (uint)hits.BranchesCovered <= MaxPackedBranches;
        _hits.Set(line, small ? (uint)hits.Hits + 1 : Overflow);
        if (line < _branches.Length)
        {
            _branches.Set(line, small ? PackBranches((uint)hits.BranchesValid, (uint)hits.BranchesCovered) : 0);
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
            _hits.Resize(_last + 1);
        }

        if (_branches.Length > _last + 1)
        {
            _branches.Resize(_last + 1);
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

        _hits.Resize((int)Math.Min(Math.Max(line + 1L, _hits.Length * 2L), Array.MaxLength));
        return true;
    }

    /// <summary>Valid and covered branches (each up to 255) with their bits interleaved, so that small counts make a
    /// small number: up to 15 of each fit in one byte, and the array stays 1 byte wide.</summary>
    private static uint PackBranches(uint valid, uint covered) => (Spread(valid) << 1) | Spread(covered);

    private static uint Spread(uint bits)
    {
        bits = (bits | (bits << 4)) & 0x0F0F;
        bits = (bits | (bits << 2)) & 0x3333;
        return (bits | (bits << 1)) & 0x5555;
    }

    /// <summary>The inverse of <see cref="Spread"/>, on the even bits.</summary>
    private static uint Compact(uint bits)
    {
        bits &= 0x5555;
        bits = (bits | (bits >> 1)) & 0x3333;
        bits = (bits | (bits >> 2)) & 0x0F0F;
        return (bits | (bits >> 4)) & 0x00FF;
    }
}
