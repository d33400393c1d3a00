namespace ReadinessAction.Tests.Support;

/// <summary>Locates the repository (the folder holding ReadinessAction.sln) and the shared data beside it.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    /// <summary>../shared next to the repository: seeds, corpus, specs (CI clones the repository beside it).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string Fixture(params string[] parts) => Path.Combine([Fixtures, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReadinessAction.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no ReadinessAction.sln above {AppContext.BaseDirectory}");
    }
}
