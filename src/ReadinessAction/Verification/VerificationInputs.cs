using ReadinessAction.Configuration;
using ReadinessAction.Evidence;

namespace ReadinessAction.Verification;

/// <summary>Everything claims are judged against besides the document itself.</summary>
public sealed record VerificationInputs(
    RepositoryFacts Facts,
    EvidenceBundle? Evidence,
    IReadOnlyDictionary<string, ScopeDefinition> Scopes,
    VerificationPolicy Policy)
{
    /// <summary>The configuration's <c>ignore:</c> entries; inline markers come with each document.</summary>
    public IReadOnlyList<WaiverRule> Waivers { get; init; } = [];

    public static VerificationInputs DocumentOnly(RepositoryFacts facts) =>
        new(facts, null, new Dictionary<string, ScopeDefinition>(StringComparer.OrdinalIgnoreCase), VerificationPolicy.Default);
}
