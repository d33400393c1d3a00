namespace ReadinessAction.Configuration;

/// <summary>
/// Turns the flat sources (environment variables, Action inputs, command-line options) into configuration layers.
/// Lists may be given comma- or newline-separated; an empty value means "not set".
/// </summary>
internal static class KeyValueConfigurationFlattener
{
    public const string EnvironmentPrefix = "READINESS_";

    /// <summary><c>READINESS_GATE__FAIL_ON=contradicted,unmet</c>: <c>__</c> separates the keys, case does not matter.</summary>
    public static ConfigurationLayer FromEnvironment(IReadOnlyDictionary<string, string?> environment)
    {
        var layer = new ConfigurationLayer { Origin = "a READINESS_* environment variable" };
        foreach (var (name, value) in environment.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!name.StartsWith(EnvironmentPrefix, StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var segments = name[EnvironmentPrefix.Length..].Split("__");

            // Other tools use the prefix too: a variable that neither names a key nor looks like a typo of one is theirs.
            var root = ConfigurationSchema.Root;
            if (root.Child(segments[0], out _) is null && KeySuggestion.Closest(segments[0], root.Keys) is null)
            {
                continue;
            }

            Set(layer, segments, [value], $"environment variable {name}");
        }

        return layer;
    }

    /// <summary>Action inputs, already mapped to configuration keys (<c>gate:fail_on</c>).</summary>
    public static ConfigurationLayer FromInputs(IReadOnlyDictionary<string, string?> inputs)
    {
        var layer = new ConfigurationLayer { Origin = "an Action input" };
        foreach (var (key, value) in inputs)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                Set(layer, key.Split(':'), [value], $"input '{key}'");
            }
        }

        return layer;
    }

    /// <summary>Command-line values by configuration key; an option given no value leaves the key alone.</summary>
    public static ConfigurationLayer FromCommandLine(IReadOnlyDictionary<string, IReadOnlyList<string>> options)
    {
        var layer = new ConfigurationLayer { Origin = "the command line" };
        foreach (var (key, values) in options)
        {
            if (values.Any(v => !string.IsNullOrWhiteSpace(v)))
            {
                Set(layer, key.Split(':'), values, $"command line '{key}'");
            }
        }

        return layer;
    }

    private static void Set(ConfigurationLayer layer, string[] segments, IReadOnlyList<string> values, string origin)
    {
        var path = new List<string>();
        var node = ConfigurationSchema.Root;
        foreach (var segment in segments)
        {
            if (node.Kind == ConfigurationValueKind.Map)
            {
                path.Add(ConfigurationValueChecker.CheckEntryName(node, segment, path, origin));
                node = node.Entry!;
                continue;
            }

            var child = node.Child(segment, out var canonical) ?? throw ConfigurationValueChecker.Error(origin, node.Kind == ConfigurationValueKind.Section
                ? KeySuggestion.UnknownKey(segment, path, node.Keys)
                : $"'{ConfigurationSchema.Display(path)}' is a single setting and has no key '{segment}'");
            path.Add(canonical);
            node = child;
        }

        var key = ConfigurationSchema.Display(path);
        if (node.Kind == ConfigurationValueKind.WaiverList)
        {
            throw ConfigurationValueChecker.Error(origin, $"'{key}' can only be set in the configuration file (.github/readiness.yml), where each waiver has a reason");
        }

        if (node.Kind == ConfigurationValueKind.Section)
        {
            throw ConfigurationValueChecker.Error(origin, $"'{key}' is a section; set one of its keys ({string.Join(", ", node.Keys)})");
        }

        if (node.Kind == ConfigurationValueKind.Map)
        {
            throw ConfigurationValueChecker.Error(origin, $"'{key}' is a section; set a key of one {node.EntryName} below it ({string.Join(", ", node.Entry!.Keys)})");
        }

        if (node.IsList)
        {
            layer.SetList(path, [.. values.SelectMany(ListValueSplitter.Split).Select(item => ConfigurationValueChecker.Check(node.Kind, item, path, origin))]);
            return;
        }

        var given = values.Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        if (given.Count > 1)
        {
            throw ConfigurationValueChecker.Error(origin, $"'{key}' takes one value, not {given.Count}");
        }

        layer.SetValue(path, ConfigurationValueChecker.Check(node.Kind, given[0], path, origin));
    }
}
