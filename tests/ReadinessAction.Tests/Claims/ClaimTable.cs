using ReadinessAction.Claims;
using ReadinessAction.Verification;

namespace ReadinessAction.Tests.Claims;

/// <summary>Claims (and optionally their verdicts) as a stable tab-separated table for golden files.</summary>
internal static class ClaimTable
{
    public const string Header = "line\tkind\tasserted\tclaimed\tscope\ttarget\tsubject\ttext";

    public static string Of(IEnumerable<Claim> claims) =>
        string.Join('\n', [Header, .. claims.Select(Row)]) + "\n";

    public static string Of(IEnumerable<Verdict> verdicts) =>
        string.Join('\n', [Header + "\tstatus\tmeasured\tevidence", .. verdicts.Select(v => $"{Row(v.Claim)}\t{StatusNames.Of(v.Status)}\t{v.Measured}\t{v.Evidence}")]) + "\n";

    private static string Row(Claim c)
    {
        var scope = string.Join(",", c.ScopeWords.Concat(c.ScopePaths.Where(_ => c.Kind != ClaimKind.FileExists)));
        var metric = c.Kind == ClaimKind.Coverage && c.Metric == CoverageMetric.Branch ? " (branch)" : "";
        return $"{c.Line}\t{StatusNames.Of(c.Kind)}\t{(c.Asserted ? "asserted" : "required")}\t{c.Claimed}{metric}\t{scope}\t{c.Target?.Raw}\t{c.Subject}\t{c.Text}";
    }
}
