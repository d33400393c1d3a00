namespace ReadinessAction.Configuration;

/// <summary>One key of the configuration schema: a section with known children, a map of named entries, or a value.</summary>
internal sealed class ConfigurationNode
{
    private readonly Dictionary<string, ConfigurationNode> _children = new(StringComparer.OrdinalIgnoreCase);

    private ConfigurationNode(ConfigurationValueKind kind) => Kind = kind;

    public ConfigurationValueKind Kind { get; }

    /// <summary>The known child keys of a section, in documentation order.</summary>
    public IReadOnlyList<string> Keys { get; private init; } = [];

    /// <summary>The shape of every entry of a map (a scope, a branch).</summary>
    public ConfigurationNode? Entry { get; private init; }

    /// <summary>What a map's entry names are, in messages ("scope name"); a "branch glob" is checked as a glob.</summary>
    public string EntryName { get; private init; } = "name";

    /// <summary>False for keys that make no sense in a committed file (the base branch comes from the event).</summary>
    public bool AllowedInFile { get; private init; } = true;

    public bool IsList => Kind is ConfigurationValueKind.GlobList or ConfigurationValueKind.StatusList;

    public static ConfigurationNode Value(ConfigurationValueKind kind, bool allowedInFile = true) => new(kind) { AllowedInFile = allowedInFile };

    public static ConfigurationNode Section(params (string Key, ConfigurationNode Node)[] children)
    {
        var node = new ConfigurationNode(ConfigurationValueKind.Section) { Keys = [.. children.Select(c => c.Key)] };
        foreach (var (key, child) in children)
        {
            node._children.Add(key, child);
        }

        return node;
    }

    public static ConfigurationNode Map(string entryName, ConfigurationNode entry) => new(ConfigurationValueKind.Map) { Entry = entry, EntryName = entryName };

    /// <summary>The child for <paramref name="key"/> (its canonical spelling in <paramref name="canonical"/>), or null when unknown.</summary>
    public ConfigurationNode? Child(string key, out string canonical)
    {
        canonical = key;
        if (Kind == ConfigurationValueKind.Map)
        {
            return Entry;
        }

        if (Kind != ConfigurationValueKind.Section)
        {
            return null;
        }

        var match = Keys.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            return null;
        }

        canonical = match;
        return _children[match];
    }
}
