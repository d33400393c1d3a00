using System.Diagnostics;

using ReadinessAction.Tests.Support;

using YamlDotNet.RepresentationModel;

namespace ReadinessAction.Tests.Hosts.GitHubActions;

/// <summary>
/// <c>dotnet publish src/ReadinessAction</c> once into a temp folder, as the Dockerfile does into /app, and the
/// defaults of action.yml's inputs, which the runner passes to a Docker action as INPUT_* variables.
/// </summary>
public sealed class PublishedAction : IAsyncLifetime
{
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("readiness-publish-").FullName;

    /// <summary>The container's ENTRYPOINT is ["/app/readiness", "action"]: the apphost of the published output.</summary>
    public string Executable => Path.Combine(Directory, OperatingSystem.IsWindows() ? "readiness.exe" : "readiness");

    public IReadOnlyDictionary<string, string> InputDefaults { get; private set; } = new Dictionary<string, string>();

    // Test classes run in parallel, and two publishes of one project at once share its obj/ folder and can break each
    // other's build: one publish at a time.
    private static readonly SemaphoreSlim OnePublish = new(1, 1);

    public async Task InitializeAsync()
    {
        InputDefaults = ReadInputDefaults(Path.Combine(RepositoryPaths.Root, "action.yml"));
        await OnePublish.WaitAsync();
        try
        {
            await PublishAsync();
        }
        finally
        {
            OnePublish.Release();
        }
    }

    private async Task PublishAsync()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "publish", Path.Combine(RepositoryPaths.Root, "src", "ReadinessAction"), "-c", "Release", "-o", Directory, "--nologo" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 || !File.Exists(Executable))
        {
            throw new InvalidOperationException($"dotnet publish failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
        }
    }

    public Task DisposeAsync()
    {
        System.IO.Directory.Delete(Directory, recursive: true);
        return Task.CompletedTask;
    }

    private static Dictionary<string, string> ReadInputDefaults(string actionYml)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(actionYml))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var inputs = (YamlMappingNode)root.Children[new YamlScalarNode("inputs")];
        return inputs.Children.ToDictionary(
            i => $"INPUT_{((YamlScalarNode)i.Key).Value!.ToUpperInvariant()}",
            i => ((YamlMappingNode)i.Value).Children.TryGetValue(new YamlScalarNode("default"), out var d) ? ((YamlScalarNode)d).Value ?? "" : "");
    }
}
