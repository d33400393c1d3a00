using ReadinessAction.Verification;

namespace ReadinessAction.Configuration;

/// <summary>The resolved settings of one run (defaults &lt; config file &lt; environment &lt; command line).</summary>
public sealed record ReadinessOptions
{
    public static IReadOnlyList<string> DefaultChecklists { get; } = ["**/*readiness*.md", "**/*checklist*.md"];

    public static IReadOnlyList<ClaimStatus> DefaultFailOn { get; } = [ClaimStatus.Contradicted];

    public string Workspace { get; init; } = ".";

    public IReadOnlyList<string> Checklists { get; init; } = DefaultChecklists;

    public IReadOnlyList<string> Coverage { get; init; } = [];

    public IReadOnlyList<string> TestResults { get; init; } = [];

    /// <summary>The branch the gate policy is chosen for (the pull request's base branch).</summary>
    public string? BaseBranch { get; init; }

    /// <summary>Configuration file (.github/readiness.yml when null and present).</summary>
    public string? Config { get; init; }

    /// <summary>Statuses that fail the gate on <see cref="BaseBranch"/>.</summary>
    public IReadOnlyList<ClaimStatus> FailOn { get; init; } = DefaultFailOn;

    public VerificationPolicy Policy { get; init; } = VerificationPolicy.Default;
}
