namespace ReadinessAction.Tests.Support;

/// <summary>Locates the repository (the folder holding ReadinessAction.sln) and the test data vendored in it.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    /// <summary>tests/corpus: seeds, artifact corpus, claims corpus, API specs, copied with their provenance.</summary>
    public static string Corpus => Path.Combine(Root, "tests", "corpus");

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
