using ReadinessAction.Checklists;
using ReadinessAction.Claims;

namespace ReadinessAction.Verification;

/// <summary>A parsed checklist with the claims found in it.</summary>
public sealed record ChecklistClaims(ChecklistDocument Document, IReadOnlyList<Claim> Claims);
