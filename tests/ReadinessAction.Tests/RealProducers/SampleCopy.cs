namespace ReadinessAction.Tests.RealProducers;

/// <summary>Copies samples/demo to a fresh folder without build outputs, installed packages or committed artifacts.</summary>
internal static class SampleCopy
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal)
    {
        "bin", "obj", "node_modules", "artifacts", "TestResults", ".producer-out", "coverage", "reports",
    };

    public static void CopyTree(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(source))
        {
            var name = Path.GetFileName(folder);
            if (!SkippedFolders.Contains(name))
            {
                CopyTree(folder, Path.Combine(destination, name));
            }
        }
    }
}
