using ReadinessAction.Configuration;
using ReadinessAction.Pipeline;
using ReadinessAction.Tests.Support;
using ReadinessAction.Verification;

namespace ReadinessAction.Tests.Verification;

public sealed class GateTests : IDisposable
{
    private static readonly GatePolicy Policy = new(
        [ClaimStatus.Contradicted],
        new Dictionary<string, IReadOnlyList<ClaimStatus>> { ["release/**"] = [ClaimStatus.Contradicted, ClaimStatus.Unmet, ClaimStatus.Unverifiable] });

    private readonly TempWorkspace _workspace = new();

    public GateTests()
    {
        _workspace.Write("READINESS.md", "# Ready\n\n- [x] Runbook in `docs/runbook.md`\n- [ ] p95 latency < 300ms\n");
        _workspace.Write("docs/runbook.md", "# Runbook\n");
    }

    [Fact]
    public void Same_report_passes_on_a_feature_branch_with_the_default_policy()
    {
        var outcome = Run("feature/x");
        Assert.Equal(ExitCodes.Pass, outcome.ExitCode);
        Assert.Equal("pass", outcome.Report.Verdict);
        Assert.Equal(["contradicted"], outcome.Report.Gate.FailOn);
    }

    [Fact]
    public void Same_report_fails_on_a_release_branch_with_the_stricter_policy()
    {
        var outcome = Run("release/1.2");
        Assert.Equal(ExitCodes.Fail, outcome.ExitCode);
        Assert.Equal("fail", outcome.Report.Verdict);
        Assert.StartsWith("Fail on release/1.2: 1 unverifiable", outcome.Report.Gate.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contradicted_claim_fails_every_branch()
    {
        _workspace.Write("READINESS.md", "# Ready\n\n- [x] Runbook in `docs/missing.md`\n");
        Assert.Equal(ExitCodes.Fail, Run("feature/x").ExitCode);
    }

    public void Dispose() => _workspace.Dispose();

    private CheckOutcome Run(string branch) =>
        CheckPipeline.Run(new ReadinessOptions { Workspace = _workspace.Root, BaseBranch = branch, Gate = Policy });
}
