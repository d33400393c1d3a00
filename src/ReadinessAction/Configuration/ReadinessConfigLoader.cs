using ReadinessAction.Diagnostics;

namespace ReadinessAction.Configuration;

/// <summary>
/// Builds the options of a run from layered configuration: built-in defaults &lt; <c>.github/readiness.yml</c>
/// (or the explicit file) &lt; <c>READINESS_*</c> environment variables &lt; Action inputs &lt; command line.
/// A list set by a higher layer replaces the lower one's. Any bad key or value is a <see cref="ReadinessUsageException"/>
/// whose message starts with where it came from (<c>.github/readiness.yml:7: </c>).
/// </summary>
public static class ReadinessConfigLoader
{
    /// <summary>Configuration files larger than this are refused rather than parsed.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    private static readonly string[] DefaultFiles = [".github/readiness.yml", ".github/readiness.yaml"];

    public static ReadinessOptions Load(ConfigurationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var file = Locate(request);
        var layers = new ConfigurationLayers();
        layers.Add(ConfigurationDefaults.Layer());
        if (file is not null)
        {
            layers.Add(YamlConfigurationFlattener.Flatten(Read(file.Value.FullPath, file.Value.DisplayPath), file.Value.DisplayPath));
        }

        layers.Add(KeyValueConfigurationFlattener.FromEnvironment(request.Environment));
        layers.Add(KeyValueConfigurationFlattener.FromInputs(request.Inputs));
        layers.Add(KeyValueConfigurationFlattener.FromCommandLine(request.CommandLine));
        return ReadinessOptionsBinder.Bind(layers, request.Workspace, file?.DisplayPath);
    }

    private static (string FullPath, string DisplayPath)? Locate(ConfigurationRequest request)
    {
        var workspace = Path.GetFullPath(string.IsNullOrWhiteSpace(request.Workspace) ? "." : request.Workspace);
        if (!string.IsNullOrWhiteSpace(request.ConfigFile))
        {
            var full = Path.GetFullPath(request.ConfigFile);
            return File.Exists(full)
                ? (full, Display(workspace, full))
                : throw new ReadinessUsageException($"the configuration file '{request.ConfigFile}' does not exist");
        }

        var present = DefaultFiles.Where(f => File.Exists(Path.Combine(workspace, f))).ToList();
        return present.Count switch
        {
            0 => null,
            1 => (Path.GetFullPath(Path.Combine(workspace, present[0])), present[0]),
            _ => throw new ReadinessUsageException($"both {present[0]} and {present[1]} exist; keep one"),
        };
    }

    /// <summary>Workspace-relative with forward slashes when inside the workspace, as given otherwise.</summary>
    private static string Display(string workspace, string fullPath)
    {
        var relative = Path.GetRelativePath(workspace, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative.Replace('\\', '/');
    }

    private static string Read(string fullPath, string displayPath)
    {
        try
        {
            var info = new FileInfo(fullPath);
            if (info.Length > MaxFileBytes)
            {
                throw new ReadinessUsageException($"{displayPath}: the configuration file is larger than {MaxFileBytes / 1024} KB");
            }

            return File.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReadinessUsageException($"{displayPath}: the configuration file could not be read: {e.Message}", e);
        }
    }
}
