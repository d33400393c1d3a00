using ReadinessAction.Diagnostics;
using ReadinessAction.Tests.Support;
using ReadinessAction.Workspace;

namespace ReadinessAction.Tests.Security.Fuzzing;

/// <summary>
/// Mutates the seed checklists (tests/corpus/seeds, samples/demo) and the artifact corpus (tests/corpus/artifacts)
/// with a seeded generator and runs each mutant through <see cref="FuzzTargets"/>. A failure is an exception other
/// than the product's documented ones, or an iteration that outlives <see cref="IterationBound"/>; each names the
/// seed and iteration that reproduce it (<c>scripts/fuzz.sh ITERATIONS SEED --only N</c>).
/// </summary>
internal sealed class MutationFuzzer
{
    /// <summary>Far above any real iteration (milliseconds): only a hang or a runaway loop reaches it.</summary>
    public static readonly TimeSpan IterationBound = TimeSpan.FromSeconds(30);

    /// <summary>Artifacts above this are left out, so a few thousand iterations take seconds.</summary>
    private const int MaxSeedBytes = 64 * 1024;

    private readonly List<(string Name, byte[] Bytes)> _checklists;
    private readonly List<(string Name, byte[] Bytes)> _artifacts;
    private readonly FuzzTargets _targets;

    public MutationFuzzer()
    {
        var seeds = Directory.GetFiles(Path.Combine(RepositoryPaths.Corpus, "seeds"))
            .Append(Path.Combine(RepositoryPaths.Root, "samples", "demo", "PRODUCTION_READINESS.md"));
        _checklists = [.. seeds.Order(StringComparer.Ordinal).Select(Load)];
        _artifacts = [.. Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Corpus, "artifacts"), "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".md", StringComparison.Ordinal) && !f.EndsWith(".tsv", StringComparison.Ordinal) && new FileInfo(f).Length <= MaxSeedBytes)
            .Order(StringComparer.Ordinal)
            .Select(Load)];
        _targets = new FuzzTargets(_checklists[^1].Bytes);
    }

    public int SeedCount => _checklists.Count + _artifacts.Count;

    /// <summary>Runs iterations <paramref name="from"/> to <paramref name="to"/> (exclusive) and returns the failures.</summary>
    public IReadOnlyList<string> Run(int seed, int from, int to)
    {
        var failures = new List<string>();
        for (var iteration = from; iteration < to; iteration++)
        {
            if (RunOne(seed, iteration) is { } failure)
            {
                failures.Add(failure);
            }
        }

        return failures;
    }

    /// <summary>One iteration, or null when it passed. Its input depends only on (seed, iteration).</summary>
    public string? RunOne(int seed, int iteration)
    {
        var random = new Random(unchecked((seed * 1_000_003) + iteration));
        var artifact = random.Next(3) > 0;
        var (name, bytes) = artifact ? _artifacts[random.Next(_artifacts.Count)] : _checklists[random.Next(_checklists.Count)];
        var mutant = SeededMutator.Mutate(bytes, random);
        var work = Task.Run(() =>
        {
            if (artifact)
            {
                _targets.Artifact(mutant, name);
            }
            else
            {
                FuzzTargets.Checklist(mutant);
            }
        });
        var where = $"seed {seed} iteration {iteration} ({(artifact ? "artifact" : "checklist")} {name}, {mutant.Length} bytes)";
        try
        {
            return work.Wait(IterationBound) ? null : $"{where}: still running after {IterationBound.TotalSeconds:0} s";
        }
        catch (AggregateException e) when (e.InnerException is ReadinessUsageException or WorkspaceFileException)
        {
            return null;
        }
        catch (AggregateException e)
        {
            return $"{where}: {e.InnerException}";
        }
    }

    private static (string Name, byte[] Bytes) Load(string path) =>
        (Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'), File.ReadAllBytes(path));
}
