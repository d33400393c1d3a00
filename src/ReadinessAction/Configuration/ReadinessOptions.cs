using ReadinessAction.Verification;

namespace ReadinessAction.Configuration;

/// <summary>The resolved settings of one run (defaults &lt; config file &lt; environment &lt; Action inputs &lt; command line).</summary>
public sealed record ReadinessOptions
{
    public static IReadOnlyList<string> DefaultChecklists { get; } = ["**/*readiness*.md", "**/*checklist*.md"];

    public string Workspace { get; init; } = ".";

    public IReadOnlyList<string> Checklists { get; init; } = DefaultChecklists;

    public IReadOnlyList<string> Coverage { get; init; } = [];

    public IReadOnlyList<string> TestResults { get; init; } = [];

    /// <summary>Lint, static-analysis and vulnerability reports (SARIF, ESLint JSON, npm audit, dotnet list package).</summary>
    public IReadOnlyList<string> Findings { get; init; } = [];

    /// <summary>The branch the gate policy is chosen for (the pull request's base branch).</summary>
    public string? BaseBranch { get; init; }

    /// <summary>Named scopes used in claims, keyed case-insensitively.</summary>
    public IReadOnlyDictionary<string, ScopeDefinition> Scopes { get; init; } = new Dictionary<string, ScopeDefinition>(StringComparer.OrdinalIgnoreCase);

    public GatePolicy Gate { get; init; } = GatePolicy.Default;

    public VerificationPolicy Policy { get; init; } = VerificationPolicy.Default;

    /// <summary>The <c>ignore:</c> entries of the configuration file: claims accepted without proof, never judged.</summary>
    public IReadOnlyList<WaiverRule> Ignore { get; init; } = [];

    /// <summary>The configuration file that was read, if any (workspace-relative when inside it).</summary>
    public string? ConfigFile { get; init; }

    /// <summary>Statuses that fail the gate on <see cref="BaseBranch"/>.</summary>
    public IReadOnlyList<ClaimStatus> FailOn => Gate.FailOnFor(BaseBranch);
}
