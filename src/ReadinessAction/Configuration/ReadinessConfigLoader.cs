using ReadinessAction.Diagnostics;
using ReadinessAction.Workspace;

namespace ReadinessAction.Configuration;

/// <summary>
/// Builds the options of a run from layered configuration: built-in defaults &lt; <c>.github/readiness.yml</c>
/// (or <c>.azuredevops/readiness.yml</c>, <c>.readiness.yml</c>, or the explicit file) &lt; <c>READINESS_*</c> environment variables &lt; Action inputs &lt; command line.
/// A list set by a higher layer replaces the lower one's. Any bad key or value is a <see cref="ReadinessUsageException"/>
/// whose message starts with where it came from (<c>.github/readiness.yml:7: </c>).
/// </summary>
public static class ReadinessConfigLoader
{
    /// <summary>Configuration files larger than this are refused rather than parsed.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>Where a repository keeps it: beside its GitHub workflows, its Azure Pipelines files, or at the root.</summary>
    private static readonly string[] DefaultFiles =
        [".github/readiness.yml", ".github/readiness.yaml", ".azuredevops/readiness.yml", ".azuredevops/readiness.yaml", ".readiness.yml", ".readiness.yaml"];

    public static ReadinessOptions Load(ConfigurationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var files = new WorkspaceFileGuard(string.IsNullOrWhiteSpace(request.Workspace) ? "." : request.Workspace);
        var file = Locate(request, files);
        var layers = new ConfigurationLayers();
        layers.Add(ConfigurationDefaults.Layer());
        if (file is not null)
        {
            layers.Add(YamlConfigurationFlattener.Flatten(Read(files, file.Value.FullPath, file.Value.DisplayPath, request.ConfigFileMayBeOutsideWorkspace && !string.IsNullOrWhiteSpace(request.ConfigFile)), file.Value.DisplayPath));
        }

        layers.Add(KeyValueConfigurationFlattener.FromEnvironment(request.Environment));
        layers.Add(KeyValueConfigurationFlattener.FromInputs(request.Inputs));
        layers.Add(KeyValueConfigurationFlattener.FromCommandLine(request.CommandLine));
        return ReadinessOptionsBinder.Bind(layers, request.Workspace, file?.DisplayPath);
    }

    private static (string FullPath, string DisplayPath)? Locate(ConfigurationRequest request, WorkspaceFileGuard files)
    {
        if (!string.IsNullOrWhiteSpace(request.ConfigFile))
        {
            var full = Path.GetFullPath(request.ConfigFile);
            return files.Exists(full)
                ? (full, files.Display(full))
                : throw new ReadinessUsageException($"the configuration file '{request.ConfigFile}' does not exist");
        }

        // Exists, not "is a file": a link or FIFO at the default path is refused with a reason, not silently skipped.
        var present = DefaultFiles.Where(files.Exists).ToList();
        return present.Count switch
        {
            0 => null,
            1 => (Path.GetFullPath(present[0], files.Root), present[0]),
            _ => throw new ReadinessUsageException($"{string.Join(" and ", present)} all configure this run; keep one"),
        };
    }

    private static string Read(WorkspaceFileGuard files, string fullPath, string displayPath, bool allowOutside)
    {
        try
        {
            return files.ReadAllText(fullPath, MaxFileBytes, allowOutside);
        }
        catch (WorkspaceFileException e) when (e.TooLarge)
        {
            throw new ReadinessUsageException($"{displayPath}: the configuration file is larger than {MaxFileBytes / 1024} KB");
        }
        catch (WorkspaceFileException e)
        {
            // The rule only: the content of a refused file must not reach the message (it becomes the commit status).
            throw new ReadinessUsageException($"{displayPath}: the configuration file {e.Rule}");
        }
    }
}
