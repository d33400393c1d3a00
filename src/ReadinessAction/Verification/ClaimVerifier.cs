using ReadinessAction.Claims;
using ReadinessAction.Evidence;

namespace ReadinessAction.Verification;

/// <summary>(Claims, repository facts, policy) → a verdict for every claim. Pure.</summary>
public static class ClaimVerifier
{
    public static IReadOnlyList<Verdict> Verify(IReadOnlyList<ChecklistClaims> checklists, RepositoryFacts facts, VerificationPolicy policy)
    {
        var verdicts = new List<Verdict>();
        foreach (var checklist in checklists)
        {
            foreach (var claim in checklist.Claims)
            {
                verdicts.Add(Verify(checklist, claim, facts, policy));
            }
        }

        return verdicts;
    }

    private static Verdict Verify(ChecklistClaims checklist, Claim claim, RepositoryFacts facts, VerificationPolicy policy) => claim.Kind switch
    {
        ClaimKind.CompletionPercent => CompletionVerifier.Verify(checklist.Document, claim, policy.CompletionPoints),
        ClaimKind.StatusRollup => RollupVerifier.Verify(checklist.Document, claim),
        ClaimKind.FileExists => FileExistsVerifier.Verify(claim, facts),
        _ => SumVerifier.Verify(checklist.Document, claim, checklist.Claims) ?? Unverifiable(claim),
    };

    private static Verdict Unverifiable(Claim claim) => new(claim, ClaimStatus.Unverifiable, null, claim.Kind switch
    {
        ClaimKind.Coverage => "no coverage report was given to check it against",
        ClaimKind.TestCount or ClaimKind.PassRate or ClaimKind.TestRatio or ClaimKind.SkippedTests => "no test results were given to check it against",
        _ => "nothing in the repository or the CI artifacts measures this",
    });
}
