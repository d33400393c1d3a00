using ReadinessAction.Claims;
using ReadinessAction.Verification.Tooling;

namespace ReadinessAction.Verification;

/// <summary>(Claims, repository facts, policy) → a verdict for every claim. Pure.</summary>
public static class ClaimVerifier
{
    /// <summary>The verdicts of the claims that are not waived.</summary>
    public static IReadOnlyList<Verdict> Verify(IReadOnlyList<ChecklistClaims> checklists, VerificationInputs inputs) => Judge(checklists, inputs).Verdicts;

    /// <summary>A verdict for every claim that is not waived; the waived ones listed, never judged.</summary>
    public static Judgements Judge(IReadOnlyList<ChecklistClaims> checklists, VerificationInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(checklists);
        ArgumentNullException.ThrowIfNull(inputs);
        var scopes = new ScopeMatcher(inputs.Scopes);
        var verdicts = new List<Verdict>();
        var waived = new List<WaivedClaim>();
        foreach (var checklist in checklists)
        {
            foreach (var claim in checklist.Claims)
            {
                // A waived claim still counts as a part of a total the document lists: only its own verdict is skipped.
                if (ClaimWaivers.For(checklist.Document, claim, inputs.Waivers) is { } waiver)
                {
                    waived.Add(waiver);
                    continue;
                }

                verdicts.Add(Verify(checklist, claim, inputs, scopes));
                if (claim.Target is { } target && claim.Kind is ClaimKind.Coverage or ClaimKind.TestCount)
                {
                    // "87% coverage (target: >80%)": the target is a requirement of its own.
                    // A bare target ("| 72% | 70% |") is a floor.
                    var floor = target.Comparison == Comparison.Exactly ? target with { Comparison = Comparison.AtLeast } : target;
                    var requirement = claim with { Asserted = false, Claimed = target.Raw, Value = floor, Target = null };
                    verdicts.Add(Verify(checklist, requirement, inputs, scopes));
                }
            }
        }

        return new Judgements(verdicts, waived);
    }

    private static Verdict Verify(ChecklistClaims checklist, Claim claim, VerificationInputs inputs, ScopeMatcher scopes)
    {
        var internalVerdict = claim.Kind switch
        {
            ClaimKind.CompletionPercent => CompletionVerifier.Verify(checklist.Document, claim, inputs.Policy.CompletionPoints),
            ClaimKind.StatusRollup => RollupVerifier.Verify(checklist.Document, claim),
            ClaimKind.FileExists => FileExistsVerifier.Verify(claim, inputs.Facts),
            _ => SumVerifier.Verify(checklist.Document, claim, checklist.Claims),
        };
        var evidenceVerdict = claim.Kind switch
        {
            ClaimKind.Coverage => CoverageVerifier.Verify(claim, inputs.Evidence, scopes, inputs.Policy),
            ClaimKind.TestCount or ClaimKind.PassRate or ClaimKind.TestRatio or ClaimKind.SkippedTests => TestResultVerifier.Verify(claim, inputs.Evidence, scopes, inputs.Policy),
            ClaimKind.OtherMetric => FindingsVerifier.Verify(claim, inputs.Evidence) ?? SettingVerifier.Verify(claim, inputs.Facts) ?? ToolingVerifier.Verify(claim, inputs.Facts),
            _ => null,
        };
        return Combine(internalVerdict, evidenceVerdict) ?? new Verdict(claim, ClaimStatus.Unverifiable, null, "nothing in the repository or the CI artifacts measures this");
    }

    /// <summary>The artifacts speak first; the document's own arithmetic decides when they cannot, and a contradiction from either stands.</summary>
    private static Verdict? Combine(Verdict? internalVerdict, Verdict? evidenceVerdict)
    {
        if (evidenceVerdict is null || evidenceVerdict.Status == ClaimStatus.Unverifiable)
        {
            return internalVerdict ?? evidenceVerdict;
        }

        if (internalVerdict?.Status is ClaimStatus.Contradicted && evidenceVerdict.Status is not ClaimStatus.Contradicted)
        {
            return internalVerdict with { Evidence = $"{internalVerdict.Evidence}; the artifacts say: {evidenceVerdict.Evidence}" };
        }

        return evidenceVerdict;
    }
}
