using ReadinessAction.Claims;

namespace ReadinessAction.Verification;

/// <summary>The names used in reports and configuration: statuses lower case, kinds snake_case.</summary>
public static class StatusNames
{
    public static string Of(ClaimStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>The JSON <c>basis</c>: none, evidence, repository or document.</summary>
    public static string Of(VerdictBasis basis) => basis.ToString().ToLowerInvariant();

    public static string Of(ClaimKind kind) => kind switch
    {
        ClaimKind.TestCount => "test_count",
        ClaimKind.PassRate => "pass_rate",
        ClaimKind.TestRatio => "test_ratio",
        ClaimKind.SkippedTests => "skipped_tests",
        ClaimKind.FileExists => "file_exists",
        ClaimKind.CompletionPercent => "completion_percent",
        ClaimKind.StatusRollup => "status_rollup",
        ClaimKind.OtherMetric => "other_metric",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The status named (any case), or null; numbers and comma-joined names are not status names.</summary>
    public static ClaimStatus? ParseStatus(string name)
    {
        foreach (var status in Enum.GetValues<ClaimStatus>())
        {
            if (string.Equals(Of(status), name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return status;
            }
        }

        return null;
    }
}
