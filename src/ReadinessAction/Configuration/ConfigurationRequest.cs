using System.Collections;

namespace ReadinessAction.Configuration;

/// <summary>
/// What <see cref="ReadinessConfigLoader"/> layers, lowest first: built-in defaults, the configuration file,
/// <see cref="Environment"/> (<c>READINESS_*</c>), <see cref="Inputs"/>, <see cref="CommandLine"/>.
/// </summary>
/// <param name="Workspace">The repository root; the default configuration file is looked for in its <c>.github</c> folder.</param>
public sealed record ConfigurationRequest(string Workspace)
{
    /// <summary>An explicit configuration file (<c>--config</c>), relative to the current directory; it must exist.
    /// Null: <c>.github/readiness.yml</c> (or <c>.yaml</c>) in the workspace, when present.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>The local CLI lets an explicit <c>--config</c> lie outside the workspace (it must still be a regular
    /// file); the Action does not: there the file is the pull request author's.</summary>
    public bool ConfigFileMayBeOutsideWorkspace { get; init; }

    /// <summary>Environment variables; only <c>READINESS_*</c> ones are read.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>Action inputs already mapped to configuration keys (<c>checklists</c>, <c>gate:fail_on</c>); above the environment.</summary>
    public IReadOnlyDictionary<string, string?> Inputs { get; init; } = new Dictionary<string, string?>();

    /// <summary>Command-line values by configuration key (<c>checklists</c>, <c>base_branch</c>, <c>gate:fail_on</c>); the top layer.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> CommandLine { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>This process's environment variables, for <see cref="Environment"/>.</summary>
    public static IReadOnlyDictionary<string, string?> ProcessEnvironment()
    {
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = entry.Value as string;
        }

        return variables;
    }
}
