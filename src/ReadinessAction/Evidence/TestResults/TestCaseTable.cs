using System.Collections;

namespace ReadinessAction.Evidence.TestResults;

/// <summary>
/// Test cases held flat, since a report may list a million: a 16-byte row each, suite and class names numbered once
/// (a row holds the number of its (suite, class) pair), test names as UTF-8 in a shared buffer. Reads as a list of <see cref="TestCaseResult"/> records made on demand.
/// </summary>
internal sealed class TestCaseTable : IReadOnlyList<TestCaseResult>
{
    private readonly ChunkedList<TestCaseRow> _rows = new();
    private readonly StringIds _strings = new();
    private readonly Utf8TextBuffer _names = new();
    private readonly Dictionary<(int Suite, int ClassName), int> _ownerIds = [];
    private readonly ChunkedList<OwnerPair> _owners = new();
    private Dictionary<int, IReadOnlyList<string>>? _categories;
    private Dictionary<int, string>? _unencodableNames;
    private int _lastSuite;
    private int _lastClassName;
    private int _lastOwners = -1;

    public int Count => _rows.Count;

    public TestCaseResult this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            ref var row = ref _rows[index];
            var name = row.NameIsString ? _unencodableNames![index] : NameOf(row.NamePosition);
            var (suite, className) = _owners[row.Owners];
            return new TestCaseResult(_strings[suite], _strings[className], name, row.Outcome, TestCaseResult.DecodeDuration(row.Duration),
                row.HasCategories ? _categories![index] : [], row.Flaky);
        }
    }

    public static TestCaseTable From(IEnumerable<TestCaseResult> cases)
    {
        var table = new TestCaseTable();
        foreach (var c in cases)
        {
            table.Add(c);
        }

        return table;
    }

    /// <summary>The id of a suite or class name, for <see cref="Add(int, int, string, TestOutcome, double?, IReadOnlyList{string}?, bool)"/>.</summary>
    public int IdOf(string? suiteOrClass) => _strings.Of(suiteOrClass);

    public void Add(TestCaseResult c)
    {
        ArgumentNullException.ThrowIfNull(c);
        Add(IdOf(c.Suite), IdOf(c.ClassName), c.Name, c.Outcome, c.DurationSeconds, c.Categories, c.Flaky);
    }

    public void Add(int suite, int className, string name, TestOutcome outcome, double? duration, IReadOnlyList<string>? categories, bool flaky) =>
        Add(suite, className, name.AsSpan(), outcome, duration, categories, flaky, name);

    /// <summary>As the other Add, the name read from a buffer: a string is made of it only when it has no UTF-8 form.</summary>
    public void Add(int suite, int className, ReadOnlySpan<char> name, TestOutcome outcome, double? duration, IReadOnlyList<string>? categories, bool flaky, string? nameString = null)
    {
        var row = new TestCaseRow
        {
            Owners = OwnersOf(suite, className),
            Outcome = outcome,
            Duration = TestCaseResult.EncodeDuration(duration),
            Flaky = flaky,
            HasCategories = categories is { Count: > 0 },
        };
        if (!_names.TryAdd(name, out row.NamePosition))
        {
            row.NameIsString = true;
            (_unencodableNames ??= [])[Count] = nameString ?? name.ToString();
        }

        if (row.HasCategories)
        {
            (_categories ??= [])[Count] = categories!;
        }

        _rows.Add(row);
    }

    /// <summary>
    /// Gives a case added without them its suite, class and categories: a format whose cases come before the
    /// definitions that name their class (TRX) adds each case as it is read and names it once the definitions are known.
    /// </summary>
    public void SetOwners(int index, int suite, int className, IReadOnlyList<string>? categories)
    {
        ref var row = ref _rows[index];
        row.Owners = OwnersOf(suite, className);
        row.HasCategories = categories is { Count: > 0 };
        if (row.HasCategories)
        {
            (_categories ??= [])[index] = categories!;
        }
        else
        {
            _categories?.Remove(index);
        }
    }

    private int OwnersOf(int suite, int className)
    {
        // Cases come grouped by class: most often the pair is the one of the case before. Held in plain fields: the
        // collections over value tuples are not precompiled, and run unoptimized until the runtime recompiles them.
        if (_lastOwners >= 0 && suite == _lastSuite && className == _lastClassName)
        {
            return _lastOwners;
        }

        if (!_ownerIds.TryGetValue((suite, className), out var owners))
        {
            owners = _owners.Count;
            _ownerIds.Add((suite, className), owners);
            _owners.Add(new OwnerPair(suite, className));
        }

        (_lastSuite, _lastClassName, _lastOwners) = (suite, className, owners);
        return owners;
    }

    public TestOutcome OutcomeAt(int index) => _rows[index].Outcome;

    public bool IsFlaky(int index) => _rows[index].Flaky;

    public void MarkFlaky(int index) => _rows[index].Flaky = true;

    public bool HasName(int index)
    {
        ref var row = ref _rows[index];
        return row.NameIsString || _names.LengthOf(row.NamePosition) > 0;
    }

    /// <summary>A test is known by its class (its suite when it has none) and its name.</summary>
    /// <param name="cursor">Carries the name hashed last to the next: cases hashed in order cost only their own bytes.</param>
    public int KeyHash(int index, Utf8TextBuffer.HashCursor cursor)
    {
        ref var row = ref _rows[index];
        var name = row.NameIsString ? string.GetHashCode(_unencodableNames![index]) : _names.HashOf(row.NamePosition, cursor);
        return HashCode.Combine(Owner(row.Owners), name);
    }

    public bool SameKey(int first, int second)
    {
        ref var a = ref _rows[first];
        ref var b = ref _rows[second];
        if ((a.Owners != b.Owners && Owner(a.Owners) != Owner(b.Owners)) || a.NameIsString != b.NameIsString)
        {
            return false;
        }

        if (a.NameIsString)
        {
            return string.Equals(_unencodableNames![first], _unencodableNames[second], StringComparison.Ordinal);
        }

        var length = _names.LengthOf(a.NamePosition);
        if (a.NamePosition == b.NamePosition || length != _names.LengthOf(b.NamePosition))
        {
            return a.NamePosition == b.NamePosition;
        }

        Span<byte> one = length <= 256 ? stackalloc byte[length] : new byte[length], other = length <= 256 ? stackalloc byte[length] : new byte[length];
        _names.CopyTo(a.NamePosition, one);
        _names.CopyTo(b.NamePosition, other);
        return one.SequenceEqual(other);
    }

    private string NameOf(int position)
    {
        var length = _names.LengthOf(position);
        var name = length <= 256 ? stackalloc byte[length] : new byte[length];
        _names.CopyTo(position, name);
        return System.Text.Encoding.UTF8.GetString(name);
    }

    /// <summary>The string id a test is known by: its class, or its suite when it has no class.</summary>
    private int Owner(int owners)
    {
        var (suite, className) = _owners[owners];
        return className != 0 ? className : suite;
    }

    public IEnumerator<TestCaseResult> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A (suite, class) pair, in a struct of this assembly: a list of tuples is not precompiled.</summary>
    private readonly record struct OwnerPair(int Suite, int ClassName);
}
