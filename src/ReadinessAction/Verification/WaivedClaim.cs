using ReadinessAction.Claims;

namespace ReadinessAction.Verification;

/// <summary>A claim the team accepted without proof: listed and counted, never judged, never gating.</summary>
/// <param name="Reason">Why, as the waiver says it; null when an inline marker gives none.</param>
/// <param name="WaivedBy">Where the waiver is written: the marker's <c>path:line</c> or the configuration entry's.</param>
public sealed record WaivedClaim(Claim Claim, string? Reason, string WaivedBy);
