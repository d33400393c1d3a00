using ReadinessAction.Claims;
using ReadinessAction.Evidence;
using ReadinessAction.Tests.Checklists;
using ReadinessAction.Verification;

namespace ReadinessAction.Tests.Verification;

/// <summary>A seed checklist judged against itself (no artifacts, an empty repository).</summary>
internal static class SeedVerdicts
{
    public static IReadOnlyList<Verdict> Of(string seed)
    {
        var document = SeedDocuments.Load(seed);
        var claims = ClaimExtractor.CreateDefault().Extract(document);
        return ClaimVerifier.Verify([new ChecklistClaims(document, claims)], VerificationInputs.DocumentOnly(RepositoryFacts.Empty));
    }

    public static Verdict At(this IReadOnlyList<Verdict> verdicts, int line, ClaimKind kind) =>
        verdicts.Single(v => v.Claim.Line == line && v.Claim.Kind == kind);
}
