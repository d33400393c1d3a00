namespace ReadinessAction.Evidence;

/// <summary>Numbers distinct strings (suite and class names repeat on every test case): each is held once, id 0 is "".</summary>
internal sealed class StringIds
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal) { [""] = 0 };
    private readonly List<string> _strings = [""];
    private string? _lastValue;
    private int _lastId;

    public string this[int id] => _strings[id];

    public int Of(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return 0;
        }

        // Cases come grouped by class: the name just asked for is most often the one asked for before.
        if (string.Equals(value, _lastValue, StringComparison.Ordinal))
        {
            return _lastId;
        }

        if (!_ids.TryGetValue(value, out var id))
        {
            id = _strings.Count;
            _ids.Add(value, id);
            _strings.Add(value);
        }

        _lastValue = value;
        _lastId = id;
        return id;
    }
}
