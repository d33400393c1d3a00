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
    public static VerificationInputs DocumentOnly(RepositoryFacts facts) =>
        new(facts, null, new Dictionary<string, ScopeDefinition>(StringComparer.OrdinalIgnoreCase), VerificationPolicy.Default);
}
