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

    /// <summary>Every key, the highest layer's first and each layer's in source order (so order can mean priority).</summary>
    public IEnumerable<string> KeysByPrecedence() => Enumerable.Reverse(_layers).SelectMany(l => l.Entries.Select(e => e.Key));
}
