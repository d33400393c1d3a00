using ReadinessAction.Tests.Claims;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Verification;

/// <summary>Every claim of every seed with its kind, line, asserted flag and verdict: Fixtures/Claims/Seeds/&lt;seed&gt;.tsv.</summary>
public sealed class SeedGoldenTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Seed_claims_and_verdicts_match_the_reviewed_golden_file(string seed) =>
        Golden.Verify(Path.Combine("Claims", "Seeds", seed + ".tsv"), ClaimTable.Of(SeedVerdicts.Of(seed)));
}
