using ReadinessAction.Tests.Security.Fuzzing;

namespace ReadinessAction.Tests.Security;

/// <summary>
/// Seeded mutations of the seed checklists and the artifact corpus never crash a stage nor hang it (issue 13). A bounded
/// number of iterations here; <c>scripts/fuzz.sh</c> runs as many as asked, with any seed.
/// </summary>
public sealed class MutationFuzzTests
{
    private const int Seed = 13;

    [Fact]
    public void Two_thousand_mutated_checklists_and_artifacts_raise_no_unexpected_exception_and_none_hangs()
    {
        var (seed, from, to) = Range();
        var fuzzer = new MutationFuzzer();

        var failures = fuzzer.Run(seed, from, to);

        Assert.True(fuzzer.SeedCount > 100, $"only {fuzzer.SeedCount} seed files were found");
        Assert.True(failures.Count == 0, $"{failures.Count} of {to - from} iterations failed:\n{string.Join("\n", failures.Take(20))}");
    }

    /// <summary>READINESS_FUZZ_SEED, READINESS_FUZZ_ITERATIONS and READINESS_FUZZ_ONLY (one iteration) are set by scripts/fuzz.sh.</summary>
    private static (int Seed, int From, int To) Range()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("READINESS_FUZZ_SEED"), out var s) ? s : Seed;
        if (int.TryParse(Environment.GetEnvironmentVariable("READINESS_FUZZ_ONLY"), out var only))
        {
            return (seed, only, only + 1);
        }

        var iterations = int.TryParse(Environment.GetEnvironmentVariable("READINESS_FUZZ_ITERATIONS"), out var n) ? n : 2_000;
        return (seed, 0, iterations);
    }
}
