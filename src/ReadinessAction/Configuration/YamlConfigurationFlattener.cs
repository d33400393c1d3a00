using System.Text.RegularExpressions;

using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReadinessAction.Configuration;

/// <summary>
/// Turns <c>.github/readiness.yml</c> into a configuration layer, checking every key and value against the schema
/// as it goes so that each error names the file and the line. The representation model keeps each node's line.
/// </summary>
internal static partial class YamlConfigurationFlattener
{
    public static ConfigurationLayer Flatten(string yaml, string displayPath)
    {
        YamlNestingLimit.Check(yaml, displayPath);
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException e)
        {
            throw ConfigurationValueChecker.Error($"{displayPath}:{e.Start.Line}", $"malformed YAML: {Reason(e)}");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException on some broken flow collections.
            throw ConfigurationValueChecker.Error($"{displayPath}:{scanner.CurrentPosition.Line}", "malformed YAML: the parser stopped here (an unclosed '[' or '{'?)");
        }

        var layer = new ConfigurationLayer { Origin = displayPath };
        if (stream.Documents.Count > 1)
        {
            throw ConfigurationValueChecker.Error(At(displayPath, stream.Documents[1].RootNode), "only one YAML document is allowed");
        }

        if (stream.Documents.Count == 0 || IsNull(stream.Documents[0].RootNode))
        {
            return layer;
        }

        var root = stream.Documents[0].RootNode;
        if (root is not YamlMappingNode map)
        {
            throw ConfigurationValueChecker.Error(At(displayPath, root), $"the configuration must be a mapping of keys, not {Describe(root)}");
        }

        new Walk(layer, displayPath).Section(map, ConfigurationSchema.Root, []);
        return layer;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static string At(string file, YamlNode node) => $"{file}:{node.Start.Line}";

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        _ => $"the value '{((YamlScalarNode)node).Value}'",
    };

    /// <summary>YamlDotNet prefixes its messages with "(Line: 3, Col: 1, Idx: 20) - (...): "; the line is already in ours.</summary>
    private static string Reason(YamlException e) => MarkPrefix().Replace(e.Message, string.Empty);

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex MarkPrefix();

    private sealed class Walk(ConfigurationLayer layer, string file)
    {
        public void Section(YamlMappingNode map, ConfigurationNode schema, IReadOnlyList<string> path)
        {
            foreach (var (keyNode, valueNode) in map.Children)
            {
                var origin = At(file, keyNode);
                if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
                {
                    throw ConfigurationValueChecker.Error(origin, "keys must be plain names");
                }

                string name;
                ConfigurationNode? child;
                if (schema.Kind == ConfigurationValueKind.Map)
                {
                    name = ConfigurationValueChecker.CheckEntryName(schema, key, path, origin);
                    child = schema.Entry!;
                }
                else
                {
                    child = schema.Child(key, out name) ?? throw ConfigurationValueChecker.Error(origin, KeySuggestion.UnknownKey(key, path, schema.Keys.Where(k => schema.Child(k, out _)!.AllowedInFile)));
                    if (!child.AllowedInFile)
                    {
                        throw ConfigurationValueChecker.Error(origin, $"'{name}' cannot be set in the configuration file; use the command line or the environment");
                    }
                }

                Value(valueNode, child, [.. path, name], origin, isEntry: schema.Kind == ConfigurationValueKind.Map);
            }
        }

        private void Value(YamlNode node, ConfigurationNode schema, IReadOnlyList<string> path, string origin, bool isEntry)
        {
            var key = ConfigurationSchema.Display(path);
            if (schema.Kind is ConfigurationValueKind.Section or ConfigurationValueKind.Map)
            {
                // A scope or branch that sets nothing is a mistake; an empty section like "gate:" just keeps the defaults.
                if ((IsNull(node) || node is YamlMappingNode { Children.Count: 0 }) && isEntry)
                {
                    throw ConfigurationValueChecker.Error(origin, $"'{key}' sets nothing (expected {string.Join(" or ", schema.Keys)})");
                }

                if (IsNull(node))
                {
                    return;
                }

                Section(node as YamlMappingNode ?? throw ConfigurationValueChecker.Error(origin, $"'{key}' expects a mapping of keys, not {Describe(node)}"), schema, path);
            }
            else if (schema.Kind == ConfigurationValueKind.WaiverList)
            {
                layer.SetEntries(path, YamlWaiverReader.Read(node, file, origin, IsNull));
            }
            else if (schema.IsList)
            {
                layer.SetList(path, [.. Items(node, key, origin).Select(i => ConfigurationValueChecker.Check(schema.Kind, i.Text, path, At(file, i.Node)))]);
            }
            else if (node is YamlScalarNode scalar && !IsNull(node))
            {
                layer.SetValue(path, ConfigurationValueChecker.Check(schema.Kind, scalar.Value!, path, At(file, node)));
            }
            else
            {
                throw ConfigurationValueChecker.Error(origin, $"'{key}' expects a single value, not {(IsNull(node) ? "nothing" : Describe(node))}");
            }
        }

        /// <summary>A list, or a single value read as a one-item list; nothing at all is an empty list.</summary>
        private List<(YamlNode Node, string Text)> Items(YamlNode node, string key, string origin)
        {
            if (IsNull(node))
            {
                return [];
            }

            if (node is YamlScalarNode scalar)
            {
                return [(node, scalar.Value ?? string.Empty)];
            }

            if (node is not YamlSequenceNode sequence)
            {
                throw ConfigurationValueChecker.Error(origin, $"'{key}' expects a list, not {Describe(node)}");
            }

            var items = new List<(YamlNode, string)>();
            foreach (var item in sequence.Children)
            {
                if (item is not YamlScalarNode { Value: { } text } || IsNull(item))
                {
                    throw ConfigurationValueChecker.Error(At(file, item), $"each item of '{key}' must be a single value, not {(IsNull(item) ? "nothing" : Describe(item))}");
                }

                items.Add((item, text));
            }

            return items;
        }
    }
}
