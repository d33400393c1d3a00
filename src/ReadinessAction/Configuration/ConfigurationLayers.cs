using Microsoft.Extensions.Configuration;

namespace ReadinessAction.Configuration;

/// <summary>
/// The layers from lowest to highest precedence. Microsoft.Extensions.Configuration merges arrays index by index
/// (a two-item list over a three-item one would keep the third); here a layer that sets a list first removes that
/// list from every lower layer, so the highest layer's list wins whole.
/// </summary>
internal sealed class ConfigurationLayers
{
    private readonly List<ConfigurationLayer> _layers = [];

    public void Add(ConfigurationLayer layer)
    {
        foreach (var lower in _layers)
        {
            foreach (var listKey in layer.ListKeys)
            {
                lower.RemoveUnder(listKey);
            }
        }

        _layers.Add(layer);
    }

    public IConfigurationRoot Build()
    {
        var builder = new ConfigurationBuilder();
        foreach (var layer in _layers)
        {
            builder.AddInMemoryCollection(layer.Entries);
        }

        return builder.Build();
    }

    /// <summary>The highest layer that sets <paramref name="key"/> or anything under it: its rank (0 = lowest) and origin.</summary>
    public (int Rank, string Origin)? Setting(string key)
    {
        for (var rank = _layers.Count - 1; rank >= 0; rank--)
        {
            if (_layers[rank].Entries.Any(e => e.Key.Equals(key, StringComparison.OrdinalIgnoreCase) || e.Key.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase)))
            {
                return (rank, _layers[rank].Origin);
            }
        }

        return null;
    }

    /// <summary>The merged key/values, a higher layer's value winning, as <see cref="Build"/> resolves them.</summary>
    /// <remarks>Reading thousands of entries through configuration sections would cost a scan of every key per section.</remarks>
    public IReadOnlyDictionary<string, string?> Merged()
    {
        var merged = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in _layers.SelectMany(l => l.Entries))
        {
            merged[key] = value;
        }

        return merged;
    }

    /// <summary>Every key, the highest layer's first and each layer's in source order (so order can mean priority).</summary>
    public IEnumerable<string> KeysByPrecedence() => Enumerable.Reverse(_layers).SelectMany(l => l.Entries.Select(e => e.Key));
}
