using ReadinessAction.Verification;
using ReadinessAction.Workspace;

namespace ReadinessAction.Configuration;

/// <summary>Which statuses fail the gate: a default, and overrides for branches matching a glob ("release/**").</summary>
public sealed record GatePolicy(IReadOnlyList<ClaimStatus> FailOn, IReadOnlyDictionary<string, IReadOnlyList<ClaimStatus>> Branches)
{
    public static GatePolicy Default { get; } = new([ClaimStatus.Contradicted], new Dictionary<string, IReadOnlyList<ClaimStatus>>());

    /// <summary>Where <see cref="FailOn"/> was set: "the built-in default", ".github/readiness.yml", "an Action input".</summary>
    public string FailOnOrigin { get; init; } = "the built-in default";

    /// <summary>Where each branch entry was set, by glob.</summary>
    public IReadOnlyDictionary<string, string> BranchOrigins { get; init; } = new Dictionary<string, string>();

    /// <summary>The statuses that fail on <paramref name="branch"/>: the first branch glob that matches, else the default.</summary>
    public IReadOnlyList<ClaimStatus> FailOnFor(string? branch) => MatchingGlob(branch) is { } glob ? Branches[glob] : FailOn;

    /// <summary>The policy that applies on <paramref name="branch"/> and where it was set, for the gate's reason.</summary>
    public string SourceFor(string? branch) =>
        MatchingGlob(branch) is { } glob
            ? $"gate.branches \"{glob}\" from {BranchOrigins.GetValueOrDefault(glob, "the configuration")}"
            : $"gate.fail_on from {FailOnOrigin}";

    private string? MatchingGlob(string? branch)
    {
        if (branch is null)
        {
            return null;
        }

        var name = branch.StartsWith("refs/heads/", StringComparison.Ordinal) ? branch["refs/heads/".Length..] : branch;
        return Branches.Keys.FirstOrDefault(glob => GlobPattern.Parse(glob).IsMatch(name));
    }
}
