namespace ReadinessAction.Configuration;

/// <summary>
/// The flat key/values one source contributes (<c>gate:fail_on:0 = contradicted</c>), in source order, and the list
/// keys it sets: a list set here replaces, never merges with, the same list of a lower layer.
/// </summary>
internal sealed class ConfigurationLayer
{
    private readonly List<KeyValuePair<string, string?>> _entries = [];
    private readonly HashSet<string> _listKeys = new(StringComparer.OrdinalIgnoreCase);

    // Every key added and each of its ancestors: a key absent here has nothing under it, so removing it needs no scan
    // (thousands of scopes would otherwise make reading the file quadratic). Removals leave it a superset, which is safe.
    private readonly HashSet<string> _keysAndAncestors = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<KeyValuePair<string, string?>> Entries => _entries;

    /// <summary>Where the layer's values come from, as a reader would say it: "the built-in default", ".github/readiness.yml".</summary>
    public string Origin { get; init; } = "the built-in default";

    public IReadOnlyCollection<string> ListKeys => _listKeys;

    public void SetValue(IReadOnlyList<string> path, string value)
    {
        var key = Key(path);
        RemoveUnder(key);
        Add(key, value);
    }

    /// <summary>An empty list is kept as the key with an empty value, so that it still replaces a lower layer's list.</summary>
    public void SetList(IReadOnlyList<string> path, IReadOnlyList<string> items) =>
        SetIndexed(path, items.Count, i => [new(string.Empty, items[i])]);

    /// <summary>A list of mappings (<c>ignore:0:reason</c>); like a list, it replaces a lower layer's whole.</summary>
    public void SetEntries(IReadOnlyList<string> path, IReadOnlyList<IReadOnlyDictionary<string, string>> entries) =>
        SetIndexed(path, entries.Count, i => [.. entries[i].Select(e => new KeyValuePair<string, string?>(":" + e.Key, e.Value))]);

    /// <summary>Drops the key and everything below it.</summary>
    public void RemoveUnder(string key)
    {
        if (_keysAndAncestors.Contains(key))
        {
            _entries.RemoveAll(e => e.Key.Equals(key, StringComparison.OrdinalIgnoreCase)
                || e.Key.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Item i's keys are <c>list:i</c> followed by each suffix the item gives.</summary>
    private void SetIndexed(IReadOnlyList<string> path, int count, Func<int, IReadOnlyList<KeyValuePair<string, string?>>> item)
    {
        var key = Key(path);
        RemoveUnder(key);
        _listKeys.Add(key);
        if (count == 0)
        {
            Add(key, string.Empty);
        }

        for (var i = 0; i < count; i++)
        {
            foreach (var (suffix, value) in item(i))
            {
                Add($"{key}:{i}{suffix}", value);
            }
        }
    }

    private void Add(string key, string? value)
    {
        _entries.Add(new(key, value));
        var end = key.Length;
        while (end > 0 && _keysAndAncestors.Add(key[..end]))
        {
            end = key.LastIndexOf(':', end - 1);
        }
    }

    private static string Key(IReadOnlyList<string> path) => string.Join(':', path);
}
