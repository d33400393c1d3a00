using ReadinessAction.Verification;
using ReadinessAction.Workspace;

namespace ReadinessAction.Configuration;

/// <summary>Which statuses fail the gate: a default, and overrides for branches matching a glob ("release/**").</summary>
public sealed record GatePolicy(IReadOnlyList<ClaimStatus> FailOn, IReadOnlyDictionary<string, IReadOnlyList<ClaimStatus>> Branches)
{
    public static GatePolicy Default { get; } = new([ClaimStatus.Contradicted], new Dictionary<string, IReadOnlyList<ClaimStatus>>());

    /// <summary>The statuses that fail on <paramref name="branch"/>: the first branch glob that matches, else the default.</summary>
    public IReadOnlyList<ClaimStatus> FailOnFor(string? branch)
    {
        if (branch is not null)
        {
            var name = branch.StartsWith("refs/heads/", StringComparison.Ordinal) ? branch["refs/heads/".Length..] : branch;
            foreach (var (glob, failOn) in Branches)
            {
                if (GlobPattern.Parse(glob).IsMatch(name))
                {
                    return failOn;
                }
            }
        }

        return FailOn;
    }
}
