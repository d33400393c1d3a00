using System.Globalization;

using Microsoft.Extensions.Configuration;

using ReadinessAction.Verification;

namespace ReadinessAction.Configuration;

/// <summary>Reads the merged configuration into <see cref="ReadinessOptions"/>; every value was checked when its layer was read.</summary>
internal static class ReadinessOptionsBinder
{
    private const string BranchesKey = "gate:branches";

    public static ReadinessOptions Bind(ConfigurationLayers layers, string workspace, string? configFile)
    {
        var config = layers.Build();
        return new ReadinessOptions
        {
            Workspace = workspace,
            Checklists = List(config.GetSection("checklists")),
            Coverage = List(config.GetSection("coverage")),
            TestResults = List(config.GetSection("test_results")),
            Findings = List(config.GetSection("findings")),
            BaseBranch = config["base_branch"],
            Scopes = Scopes(layers.Merged()),
            Gate = Gate(config, layers),
            Policy = new VerificationPolicy(Number(config, "tolerance:coverage_points"), Number(config, "tolerance:completion_points"), config["tolerance:flaky_passes"] == "true"),
            Ignore = Waivers(config.GetSection(YamlWaiverReader.Key)),
            ConfigFile = configFile,
        };
    }

    /// <summary>A list is its indexed children (in index order); a key with an empty value and no children is an empty list.</summary>
    private static List<string> List(IConfigurationSection section) =>
        [.. section.GetChildren().Select(c => c.Value).OfType<string>()];

    private static List<ClaimStatus> Statuses(IConfigurationSection section) =>
        [.. List(section).Select(s => StatusNames.ParseStatus(s)!.Value).Distinct()];

    private static double Number(IConfiguration config, string key) => double.Parse(config[key]!, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Scopes from the flat keys (<c>scopes:api:paths:0</c>) in one pass; a list's items in index order.</summary>
    private static Dictionary<string, ScopeDefinition> Scopes(IReadOnlyDictionary<string, string?> merged)
    {
        var items = new Dictionary<string, (List<(int, string)> Paths, List<(int, string)> Tests)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in merged)
        {
            var parts = key.Split(':');
            if (parts.Length < 2 || !parts[0].Equals("scopes", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!items.TryGetValue(parts[1], out var scope))
            {
                items[parts[1]] = scope = ([], []);
            }

            var list = parts.Length == 4 && parts[2].Equals("paths", StringComparison.OrdinalIgnoreCase) ? scope.Paths
                : parts.Length == 4 && parts[2].Equals("tests", StringComparison.OrdinalIgnoreCase) ? scope.Tests
                : null;
            if (list is not null && value is not null && int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                list.Add((index, value));
            }
        }

        static List<string> InOrder(List<(int Index, string Value)> list) => [.. list.OrderBy(i => i.Index).Select(i => i.Value)];
        return items.ToDictionary(s => s.Key, s => new ScopeDefinition(InOrder(s.Value.Paths), InOrder(s.Value.Tests)), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every entry was checked when the file was read; a path left out means every checklist.</summary>
    private static List<WaiverRule> Waivers(IConfigurationSection section) =>
    [
        .. section.GetChildren().Where(e => e["reason"] is not null).Select(e => new WaiverRule(
            e["path"] ?? "**",
            e["line"] is { } line ? int.Parse(line, CultureInfo.InvariantCulture) : null,
            e["text"],
            e["reason"]!,
            e[YamlWaiverReader.Origin] ?? YamlWaiverReader.Key)),
    ];

    /// <summary>
    /// A <c>fail_on</c> set by a higher layer (an input, a variable, the command line) than a branch entry wins over it:
    /// the run asked for that policy. Branch globs keep their order: higher layers' first, then each layer's in file order.
    /// </summary>
    private static GatePolicy Gate(IConfiguration config, ConfigurationLayers layers)
    {
        var failOn = layers.Setting("gate:fail_on") ?? (0, "the built-in default");
        var prefix = BranchesKey + ":";
        var order = layers.KeysByPrecedence()
            .Where(k => k.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Select(k => k[prefix.Length..].Split(':')[0])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var branches = new OrderedDictionary<string, IReadOnlyList<ClaimStatus>>(StringComparer.OrdinalIgnoreCase);
        var origins = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var glob in order)
        {
            var setting = layers.Setting(prefix + glob + ":fail_on");
            if (setting is { } branch && (failOn.Rank == 0 || branch.Rank >= failOn.Rank))
            {
                branches[glob] = Statuses(config.GetSection(BranchesKey).GetSection(glob).GetSection("fail_on"));
                origins[glob] = branch.Origin;
            }
        }

        return new GatePolicy(Statuses(config.GetSection("gate:fail_on")), branches) { FailOnOrigin = failOn.Origin, BranchOrigins = origins };
    }
}
