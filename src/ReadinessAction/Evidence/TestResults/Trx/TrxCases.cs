using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.TestResults.Trx;

/// <summary>
/// The cases of a TRX file as they are read, joined to the test definitions that name their class whichever comes
/// first in the file. A case is added to the table at once; until the end it keeps only two keys (its test id and its
/// execution id, hashed as TRX ids compare: ignoring case), not a record or a string.
/// </summary>
internal sealed class TrxCases
{
    private readonly TestCaseTable _table = new();

    // Rows of this assembly's own structs: lists of tuples are generic instances the runtime does not precompile.
    private readonly ChunkedList<ResultKeys> _keys = new();
    private readonly TrxIdIndex _definitionOfKey = new();
    private readonly ChunkedList<Definition> _definitions = new();
    private List<string>? _unknownOutcomes;

    // Whether any key was given to two definitions (an id twice, or one definition's id another's execution id).
    private bool _keysRepeat;

    public int IdOf(string name) => _table.IdOf(name);

    public void Add(in TrxResult result)
    {
        _table.Add(0, 0, result.Name, result.Outcome ?? TestOutcome.Error, result.DurationSeconds, null, false);
        _keys.Add(new ResultKeys(KeyOf(result.TestId), KeyOf(result.ExecutionId)));
        if (result.Outcome is null && !(_unknownOutcomes ??= []).Contains(result.OutcomeText))
        {
            _unknownOutcomes.Add(result.OutcomeText);
        }
    }

    /// <summary>A definition is found by its id and by its execution's id; the first definition of an id wins.</summary>
    public void AddDefinition(string id, string executionId, int suite, int className, IReadOnlyList<string>? categories)
    {
        var index = _definitions.Count;
        if (index == 0)
        {
            // Definitions mostly follow the results, one a test (found by two keys): sized once rather than grown by doubling.
            _definitionOfKey.EnsureCapacity(_keys.Count * 2);
        }

        var idKey = KeyOf(id);
        _definitions.Add(new Definition(suite, className, categories, idKey));
        _keysRepeat |= !_definitionOfKey.TryAdd(idKey, index);
        if (executionId.Length > 0)
        {
            _keysRepeat |= !_definitionOfKey.TryAdd(KeyOf(executionId), index);
        }
    }

    /// <summary>Names each case after its definition (by test id, else by execution id) and warns of unknown outcomes.</summary>
    public TestCaseTable Finish(string path, DiagnosticBag diagnostics)
    {
        var next = 0;
        for (var i = 0; i < _keys.Count; i++)
        {
            var (testId, executionId) = _keys[i];

            // Definitions mostly come in the order of their results: the one after the last found is tried first, by
            // its id in the list read in order, before a search of the index. When no key was given twice, a definition
            // with the result's test id is the one the index holds for it.
            var definition = next;
            if ((!_keysRepeat && definition < _definitions.Count && _definitions[definition].IdKey == testId)
                || _definitionOfKey.TryGetValue(testId, out definition) || _definitionOfKey.TryGetValue(executionId, out definition))
            {
                next = definition + 1;
                ref var named = ref _definitions[definition];
                _table.SetOwners(i, named.Suite, named.ClassName, named.Categories);
            }
        }

        TestArtifact.WarnUnknownOutcomes(path, "TRX outcome(s)", _unknownOutcomes ?? [], diagnostics);
        return _table;
    }

    /// <summary>
    /// 64 bits of an id, upper-cased as an ordinal case-insensitive comparison does (FNV-1a, then a final mix so that
    /// ids differing in their last character spread over the dictionary). Two distinct ids of one file share a key
    /// with a chance of about one in 10^10 even for a million tests.
    /// </summary>
    internal static ulong KeyOf(ReadOnlySpan<char> id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            var upper = char.IsAsciiLetterLower(c) ? (char)(c - 32) : c < 128 ? c : char.ToUpperInvariant(c);
            hash = (hash ^ upper) * 1099511628211UL;
        }

        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53UL;
        return hash ^ (hash >> 33);
    }

    private readonly record struct ResultKeys(ulong TestId, ulong ExecutionId);

    private readonly record struct Definition(int Suite, int ClassName, IReadOnlyList<string>? Categories, ulong IdKey);
}
