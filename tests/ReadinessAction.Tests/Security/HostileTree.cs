using System.Diagnostics;

namespace ReadinessAction.Tests.Security;

/// <summary>Builds the hostile parts of a workspace a test needs: links, FIFOs, a secret outside it.</summary>
internal sealed class HostileTree : IDisposable
{
    public const string Secret = "FAKE_SECRET_ghp_0123456789abcdefSECRET";

    public HostileTree()
    {
        Root = Directory.CreateTempSubdirectory("readiness-hostile-").FullName;
        Workspace = Path.Combine(Root, "workspace");
        Outside = Path.Combine(Root, "outside");
        Directory.CreateDirectory(Workspace);
        Directory.CreateDirectory(Outside);
        SecretFile = Path.Combine(Outside, "secret.txt");
        File.WriteAllText(SecretFile, $"INPUT_TOKEN={Secret}\nsecret_key_{Secret}: 1\n");
    }

    public string Root { get; }

    public string Workspace { get; }

    /// <summary>A sibling folder of the workspace, as the runner's home or another checkout would be.</summary>
    public string Outside { get; }

    public string SecretFile { get; }

    public string Path_(string relative) => Path.Combine(Workspace, relative);

    public string Write(string relative, string content)
    {
        var path = Path_(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public string Link(string relative, string target)
    {
        var path = Path_(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
        return path;
    }

    /// <summary>A named pipe with no writer: opening it for reading blocks forever.</summary>
    public string Fifo(string relative)
    {
        var path = Path_(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is not worth failing a test for.
        }
    }
}
