using ReadinessAction.Claims;
using ReadinessAction.Evidence;

namespace ReadinessAction.Verification;

/// <summary>coverage against the coverage reports: line coverage unless the claim says branch, filtered by its scope.</summary>
public static class CoverageVerifier
{
    public static Verdict Verify(Claim claim, EvidenceBundle? evidence, ScopeMatcher scopes, VerificationPolicy policy) =>
        Decide(claim, evidence, scopes, policy).RestingOn(VerdictBasis.Evidence);

    private static Verdict Decide(Claim claim, EvidenceBundle? evidence, ScopeMatcher scopes, VerificationPolicy policy)
    {
        if (evidence is null || !evidence.HasCoverage || claim.Value is not { } value)
        {
            return new Verdict(claim, ClaimStatus.Unverifiable, null, "no coverage report was given to check it against");
        }

        var files = evidence.Coverage.Files.Select(f => f.Path).ToList();
        var (filter, scope, problem) = scopes.CoverageFilter(claim, files);
        if (problem is not null)
        {
            return new Verdict(claim, ClaimStatus.Unverifiable, null, problem);
        }

        var totals = evidence.Coverage.TotalsWhere(filter ?? (_ => true));
        var branch = claim.Metric == CoverageMetric.Branch;
        var (covered, valid, unit) = branch ? (totals.BranchesCovered, totals.BranchesValid, "branches") : (totals.LinesCovered, totals.LinesValid, "lines");
        if (valid == 0)
        {
            return new Verdict(claim, ClaimStatus.Unverifiable, null, $"no coverable {unit} of {scope} are in the coverage reports");
        }

        var measured = 100.0 * covered / valid;
        var sources = evidence.Artifacts.Where(a => a.Coverage?.Files.Any(f => filter is null || filter(f.Path)) == true).Select(a => a.Path).ToList();
        var sentence = $"{(branch ? "branch" : "line")} coverage of {scope} is {Judgement.Percent(measured)} ({Quantity.Format(covered)} of {Quantity.Format(valid)} {unit}) in {Join(sources)}";
        var status = Judge(claim, value, measured, policy.CoveragePoints);
        return new Verdict(claim, status, Judgement.Percent(measured), sentence);
    }

    /// <summary>Exact claims within the tolerance hold; above it by more than the tolerance they are understated.</summary>
    public static ClaimStatus Judge(Claim claim, Quantity value, double measured, double tolerance)
    {
        var claimed = value.AsPercent ?? value.Value;
        var holds = Judgement.Satisfies(value, measured, tolerance, claimed);
        if (!holds && claim.Asserted && Judgement.IsUnderstated(value, measured, tolerance, claimed))
        {
            return ClaimStatus.Understated;
        }

        return Judgement.Holds(claim, holds || Judgement.IsUnderstated(value, measured, tolerance, claimed));
    }

    internal static string Join(IReadOnlyList<string> paths) => paths.Count switch
    {
        0 => "no report",
        1 => paths[0],
        2 => $"{paths[0]} and {paths[1]}",
        _ => $"{paths[0]}, {paths[1]} and {paths.Count - 2} more",
    };
}
