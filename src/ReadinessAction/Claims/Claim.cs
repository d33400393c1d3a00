using ReadinessAction.Checklists;

namespace ReadinessAction.Claims;

/// <summary>
/// One measurable statement of a checklist, with where it was written and what it says. Crosses into Verification
/// and Reporting. <see cref="Asserted"/> is false for an unchecked item: a requirement, not yet claimed.
/// </summary>
/// <param name="Text">The sentence it came from (emphasis stripped), e.g. "[x] Unit Tests (144 tests, 87% coverage)".</param>
/// <param name="Claimed">The claimed value as written: "87%", "&gt;90%", "550+", "24/27", "docs/runbook.md", "✅ COMPLETE".</param>
public sealed record Claim(
    ClaimKind Kind,
    string Path,
    int Line,
    bool Asserted,
    string Text,
    string Claimed,
    ClaimOrigin Origin,
    ChecklistSection Section)
{
    public Quantity? Value { get; init; }

    /// <summary>A target stated beside the value ("target: &gt;80%"), judged as a requirement too.</summary>
    public Quantity? Target { get; init; }

    /// <summary>Scope words (backend, unit, resilience ...), lower case.</summary>
    public IReadOnlyList<string> ScopeWords { get; init; } = [];

    /// <summary>Scope paths (<c>svc/</c>, <c>core/</c>) for coverage, or the path or glob of a file claim.</summary>
    public IReadOnlyList<string> ScopePaths { get; init; } = [];

    public CoverageMetric Metric { get; init; } = CoverageMetric.Line;

    /// <summary>What the claim is about when named: a section ("CRITICAL"), a unit ("methods").</summary>
    public string? Subject { get; init; }

    /// <summary>For test counts: "passing" counts passed tests only.</summary>
    public bool CountsPassingOnly { get; init; }

    /// <summary>For test counts and rates: the figure counts failures ("2 failures", a Failed column), not tests or passes.</summary>
    public bool CountsFailuresOnly { get; init; }

    /// <summary>Position of the claim in <see cref="Text"/>, so a verdict can quote it and a fix can edit it.</summary>
    public int SpanStart { get; init; }

    public int SpanEnd { get; init; }
}
