using ReadinessAction.Claims;
using ReadinessAction.Evidence;
using ReadinessAction.Evidence.TestResults;

namespace ReadinessAction.Verification;

/// <summary>test_count, pass_rate, test_ratio and skipped_tests against the test results, filtered by the claim's scope.</summary>
public static class TestResultVerifier
{
    public static Verdict Verify(Claim claim, EvidenceBundle? evidence, ScopeMatcher scopes, VerificationPolicy policy) =>
        Decide(claim, evidence, scopes, policy).RestingOn(VerdictBasis.Evidence);

    private static Verdict Decide(Claim claim, EvidenceBundle? evidence, ScopeMatcher scopes, VerificationPolicy policy)
    {
        if (evidence is null || !evidence.HasTests)
        {
            return new Verdict(claim, ClaimStatus.Unverifiable, null, "no test results were given to check it against");
        }

        var (filter, scope) = scopes.TestFilter(claim);
        var cases = filter is null ? evidence.Tests.Cases : [.. evidence.Tests.Cases.Where(filter)];
        var totals = TestResultSet.Count(cases);
        if (filter is null && claim is { Kind: ClaimKind.TestRatio, Value.Denominator: { } size, Subject: { } subject } && totals.Total != (int)size
            && TestRunTotals.Count(cases).Runs != (int)size)
        {
            // An unscoped "27/27 tests passing" is about some tests, not all: look for its section's tests.
            (filter, scope) = ScopeMatcher.SubjectFilter(subject);
            cases = filter is null ? [] : [.. evidence.Tests.Cases.Where(filter)];
            if (cases.Count == 0)
            {
                return new Verdict(claim, ClaimStatus.Unverifiable, null, $"the claim names no tests, {totals.Total} tests ran (not {Quantity.Format(size)}), and none matched {scope}");
            }

            totals = TestResultSet.Count(cases);
        }

        if (totals.Total == 0)
        {
            return new Verdict(claim, ClaimStatus.Unverifiable, null, $"no test in the test results matched {scope}");
        }

        if (!policy.FlakyPasses)
        {
            totals = totals with { Passed = totals.Passed - totals.Flaky, Failed = totals.Failed + totals.Flaky };
        }

        var sources = evidence.Artifacts.Where(a => a.Tests?.Cases.Any(c => filter is null || filter(c)) == true).Select(a => a.Path).ToList();
        var matched = filter is null ? $"{totals.Total} tests ran" : $"{totals.Total} tests matched {scope}";
        var runs = TestRunTotals.Count(cases);
        var sentence = $"{matched} in {CoverageVerifier.Join(sources)}: {totals.Passed} passed, {totals.Failed} failed, {totals.Errors} errored, {totals.Skipped} skipped"
            + RunsClause(totals, runs) + FlakyClause(totals, policy);
        var (status, measured) = claim.Kind switch
        {
            ClaimKind.TestCount => JudgeCount(claim, totals, runs),
            ClaimKind.TestRatio => JudgeRatio(claim, totals, runs),
            ClaimKind.SkippedTests => (Judgement.Holds(claim, totals.Skipped == 0), $"{totals.Skipped} skipped"),
            _ => JudgePassRate(claim, totals, policy),
        };
        return new Verdict(claim, status, measured, sentence);
    }

    // A runner's summary counts runs ("808 tests" for 670 distinct tests, some parameterised): an author who copied
    // either figure told the truth, so the claim holds when it matches one of them.
    private static (ClaimStatus, string) JudgeCount(Claim claim, TestTotals totals, TestRunTotals runs)
    {
        if (claim.CountsFailuresOnly)
        {
            var failures = totals.Failed + totals.Errors;
            var failed = $"{failures} failed";
            // Fewer failures than claimed is not "better than claimed" to a reader of the checklist: just exact.
            return claim.Value is { } claimed ? (Judgement.Holds(claim, Judgement.Satisfies(claimed, failures, 0, claimed.Value)), failed) : (ClaimStatus.Unverifiable, failed);
        }

        var count = claim.CountsPassingOnly ? totals.Passed : totals.Total;
        var measured = claim.CountsPassingOnly ? $"{count} passed" : $"{count} tests";
        if (claim.Value is not { } value)
        {
            return (ClaimStatus.Unverifiable, measured);
        }

        var status = CoverageVerifier.Judge(claim, value, count, 0);
        var runCount = claim.CountsPassingOnly ? runs.Passed : runs.Runs;
        var holds = Judgement.Holds(claim, true);
        if (status != holds && runCount != count && CoverageVerifier.Judge(claim, value, runCount, 0) == holds)
        {
            var distinct = claim.CountsPassingOnly ? $"{count} distinct tests passed" : $"{count} distinct tests";
            return (holds, $"{runCount} runs{(claim.CountsPassingOnly ? " passed" : "")} ({distinct})");
        }

        return (status, measured);
    }

    private static string RunsClause(TestTotals totals, TestRunTotals runs) =>
        runs.Runs == totals.Total ? "" : $"; {runs.Runs} runs of {totals.Total} distinct tests ({runs.Passed} passed, {runs.Failed} failed, {runs.Errors} errored, {runs.Skipped} skipped)";

    private static string FlakyClause(TestTotals totals, VerificationPolicy policy) =>
        totals.Flaky == 0 ? ""
        : policy.FlakyPasses ? $"; {totals.Flaky} flaky (failed, then passed on a retry: counted as passed)"
        : $"; {totals.Flaky} flaky (failed, then passed on a retry: counted as failed, tolerance.flaky_passes is false)";

    // "6/6 scenarios" copied from a runner that counts each outline row or theory case is a ratio of runs.
    private static (ClaimStatus, string) JudgeRatio(Claim claim, TestTotals totals, TestRunTotals runs)
    {
        if (claim.Value is { Denominator: { } runsClaimed } && runs.Runs == (int)runsClaimed && runs.Runs != totals.Total)
        {
            var (status, measured) = JudgeRatio(claim, runs.Passed, runs.Failed + runs.Errors, runs.Runs);
            return (status, $"{measured} runs ({totals.Passed}/{totals.Total} distinct tests)");
        }

        return JudgeRatio(claim, totals.Passed, totals.Failed + totals.Errors, totals.Total);
    }

    private static (ClaimStatus, string) JudgeRatio(Claim claim, int passed, int failing, int total)
    {
        var measured = $"{passed}/{total}";
        if (claim.Value is not { Denominator: { } denominator } value)
        {
            return (ClaimStatus.Unverifiable, measured);
        }

        if (passed == (int)value.Value && total == (int)denominator)
        {
            return (Judgement.Holds(claim, true), measured);
        }

        var better = passed >= value.Value && failing <= denominator - value.Value && total >= denominator;
        return (claim.Asserted && better ? ClaimStatus.Understated : Judgement.Holds(claim, !claim.Asserted && better), measured);
    }

    private static (ClaimStatus, string) JudgePassRate(Claim claim, TestTotals totals, VerificationPolicy policy)
    {
        var ran = totals.Total - totals.Skipped;
        if (claim.CountsFailuresOnly)
        {
            // A Failed % column claims the failure rate.
            var failureRate = ran == 0 ? 0 : 100.0 * (totals.Failed + totals.Errors) / ran;
            var failing = $"{Judgement.Percent(failureRate)} failed ({totals.Failed + totals.Errors}/{ran})";
            return claim.Value is { IsPercent: true } percent
                ? (Judgement.Holds(claim, Judgement.Satisfies(percent, failureRate, policy.CoveragePoints, percent.Value)), failing)
                : (ClaimStatus.Unverifiable, failing);
        }

        var rate = ran == 0 ? 0 : 100.0 * totals.Passed / ran;
        var measured = $"{Judgement.Percent(rate)} ({totals.Passed}/{ran})";
        if (claim.Value is { IsPercent: true } value && value.Value < 100)
        {
            return (CoverageVerifier.Judge(claim, value, rate, policy.CoveragePoints), measured);
        }

        return (Judgement.Holds(claim, ran > 0 && totals.Failed + totals.Errors == 0), measured);
    }
}
