using ReadinessAction.Evidence.Settings;

namespace ReadinessAction.Evidence;

/// <summary>
/// Facts of the repository itself: which files exist (workspace-relative, forward slashes) and what its configuration
/// files set. Pure data.
/// </summary>
public sealed class RepositoryFacts
{
    public RepositoryFacts(IEnumerable<string> files)
    {
        Files = new HashSet<string>(files, StringComparer.Ordinal);
        Directories = new HashSet<string>(
            Files.SelectMany(ParentsOf),
            StringComparer.Ordinal);
    }

    public static RepositoryFacts Empty { get; } = new([]);

    public IReadOnlySet<string> Files { get; }

    public IReadOnlySet<string> Directories { get; }

    public IReadOnlyList<SettingFact> Settings { get; init; } = [];

    private static IEnumerable<string> ParentsOf(string file)
    {
        for (var slash = file.LastIndexOf('/'); slash > 0; slash = file.LastIndexOf('/', slash - 1))
        {
            yield return file[..slash];
        }
    }
}
