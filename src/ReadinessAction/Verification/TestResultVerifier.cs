using ReadinessAction.Claims;
using ReadinessAction.Evidence;
using ReadinessAction.Evidence.Tests;

namespace ReadinessAction.Verification;

/// <summary>test_count, pass_rate, test_ratio and skipped_tests against the test results, filtered by the claim's scope.</summary>
public static class TestResultVerifier
{
    public static Verdict Verify(Claim claim, EvidenceBundle? evidence, ScopeMatcher scopes, VerificationPolicy policy)
    {
        if (evidence is null || !evidence.HasTests)
        {
            return new Verdict(claim, ClaimStatus.Unverifiable, null, "no test results were given to check it against");
        }

        var (filter, scope) = scopes.TestFilter(claim);
        var cases = filter is null ? evidence.Tests.Cases : [.. evidence.Tests.Cases.Where(filter)];
        var totals = TestResultSet.Count(cases);
        if (filter is null && claim is { Kind: ClaimKind.TestRatio, Value.Denominator: { } size, Subject: { } subject } && totals.Total != (int)size)
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

        var sources = evidence.Artifacts.Where(a => a.Tests?.Cases.Any(c => filter is null || filter(c)) == true).Select(a => a.Path).ToList();
        var matched = filter is null ? $"{totals.Total} tests ran" : $"{totals.Total} tests matched {scope}";
        var sentence = $"{matched} in {CoverageVerifier.Join(sources)}: {totals.Passed} passed, {totals.Failed} failed, {totals.Errors} errored, {totals.Skipped} skipped";
        var (status, measured) = claim.Kind switch
        {
            ClaimKind.TestCount => JudgeCount(claim, totals),
            ClaimKind.TestRatio => JudgeRatio(claim, totals),
            ClaimKind.SkippedTests => (Judgement.Holds(claim, totals.Skipped == 0), $"{totals.Skipped} skipped"),
            _ => JudgePassRate(claim, totals, policy),
        };
        return new Verdict(claim, status, measured, sentence);
    }

    private static (ClaimStatus, string) JudgeCount(Claim claim, TestTotals totals)
    {
        var count = claim.CountsPassingOnly ? totals.Passed : totals.Total;
        var measured = claim.CountsPassingOnly ? $"{count} passed" : $"{count} tests";
        return claim.Value is { } value ? (CoverageVerifier.Judge(claim, value, count, 0), measured) : (ClaimStatus.Unverifiable, measured);
    }

    private static (ClaimStatus, string) JudgeRatio(Claim claim, TestTotals totals)
    {
        var measured = $"{totals.Passed}/{totals.Total}";
        if (claim.Value is not { Denominator: { } denominator } value)
        {
            return (ClaimStatus.Unverifiable, measured);
        }

        if (totals.Passed == (int)value.Value && totals.Total == (int)denominator)
        {
            return (Judgement.Holds(claim, true), measured);
        }

        var better = totals.Passed >= value.Value && totals.Failed + totals.Errors <= denominator - value.Value && totals.Total >= denominator;
        return (claim.Asserted && better ? ClaimStatus.Understated : Judgement.Holds(claim, !claim.Asserted && better), measured);
    }

    private static (ClaimStatus, string) JudgePassRate(Claim claim, TestTotals totals, VerificationPolicy policy)
    {
        var ran = totals.Total - totals.Skipped;
        var rate = ran == 0 ? 0 : 100.0 * totals.Passed / ran;
        var measured = $"{Judgement.Percent(rate)} ({totals.Passed}/{ran})";
        if (claim.Value is { IsPercent: true } value && value.Value < 100)
        {
            return (CoverageVerifier.Judge(claim, value, rate, policy.CoveragePoints), measured);
        }

        return (Judgement.Holds(claim, ran > 0 && totals.Failed + totals.Errors == 0), measured);
    }
}
