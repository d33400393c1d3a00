namespace ReadinessAction.Verification;

/// <summary>Does the pull request pass? It fails when any verdict has a status the branch's policy fails on; waived claims have none.</summary>
public static class GateDecider
{
    /// <param name="waived">How many claims were waived instead of judged: said in the reason, never gating.</param>
    /// <param name="source">Which policy applied and where it was set ("gate.fail_on from an Action input"), for the reason.</param>
    public static GateDecision Decide(IReadOnlyList<Verdict> verdicts, IReadOnlyCollection<ClaimStatus> failOn, string? branch, int waived = 0, string? source = null)
    {
        var per = source is null ? "" : $"; policy: {source}";
        var failing = verdicts.Where(v => failOn.Contains(v.Status)).ToList();
        var policy = string.Join(", ", failOn.Select(StatusNames.Of));
        var onBranch = branch is null ? "" : $" on {branch}";
        if (failing.Count == 0)
        {
            return new GateDecision(true, $"Pass{onBranch}: no claim is {policy} ({verdicts.Count} claims judged{(waived > 0 ? $", {waived} waived" : "")}{per}).", branch, failOn);
        }

        var counts = string.Join(", ", failing.GroupBy(v => v.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {StatusNames.Of(g.Key)}"));
        var first = failing[0];
        return new GateDecision(
            false,
            $"Fail{onBranch}: {counts} (the gate fails on {policy}{per}); first at {first.Claim.Path}:{first.Claim.Line}.",
            branch,
            failOn);
    }
}
