using ReadinessAction.Checklists;
using ReadinessAction.Diagnostics;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Checklists;

/// <summary>The five real checklists in tests/corpus/seeds, parsed once.</summary>
internal static class SeedDocuments
{
    public static string PathOf(string prefix) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Corpus, "seeds"), prefix + "_*.txt").Single();

    public static ChecklistDocument Load(string prefix, DiagnosticBag? diagnostics = null)
    {
        var path = PathOf(prefix);
        return ChecklistLoader.Parse(File.ReadAllBytes(path), Path.GetFileName(path), diagnostics ?? new DiagnosticBag())
            ?? throw new InvalidOperationException($"seed {prefix} did not parse");
    }
}
