using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Claims.Tables;

/// <summary>The kind of claim a quantity makes in a column of a role: a percent under Pass Rate is a pass rate.</summary>
public static class RoleKinds
{
    /// <summary>Roles that say what a figure measures, so that a row label or a heading can lend its kind to a Value cell.</summary>
    public static bool Measures(ColumnRole role) => role is ColumnRole.PassRate or ColumnRole.Skipped or ColumnRole.NotRun or ColumnRole.Coverage
        or ColumnRole.Performance or ColumnRole.Artifact or ColumnRole.Items or ColumnRole.Failed
        or ColumnRole.Passed or ColumnRole.Completion or ColumnRole.Tests;

    /// <summary>Row labels whose figures are no fact: targets, gaps, weights, plans, business figures.</summary>
    public static bool ClaimsNothing(ColumnRole role) => role is ColumnRole.NotAClaim or ColumnRole.Target
        or ColumnRole.Derived or ColumnRole.Weight or ColumnRole.Plan;

    /// <summary>The kind, or null when a figure of this shape says nothing in this role (a percent under Files).</summary>
    public static ClaimKind? KindOf(ColumnRole role, Quantity q) => role switch
    {
        ColumnRole.Coverage => q.IsPercent ? ClaimKind.Coverage : q.IsRatio ? null : ClaimKind.OtherMetric,
        ColumnRole.PassRate => q.IsPercent ? ClaimKind.PassRate : q.IsRatio ? ClaimKind.TestRatio : null,
        ColumnRole.Tests => q.IsRatio ? ClaimKind.TestRatio : q.IsPercent || !CountsTests(q) ? ClaimKind.OtherMetric : ClaimKind.TestCount,
        ColumnRole.Passed or ColumnRole.Failed => q.IsRatio ? ClaimKind.TestRatio : q.IsPercent ? ClaimKind.PassRate : CountsTests(q) ? ClaimKind.TestCount : ClaimKind.OtherMetric,
        ColumnRole.Skipped => q.IsRatio ? null : ClaimKind.SkippedTests,
        ColumnRole.NotRun => q.Shape == QuantityShape.Number && CountsTests(q) ? ClaimKind.TestCount : null,
        ColumnRole.Completion => ClaimKind.CompletionPercent,
        ColumnRole.Items => q.IsPercent || q.IsRatio ? ClaimKind.CompletionPercent : null,
        ColumnRole.Artifact => q.IsPercent ? null : ClaimKind.OtherMetric,
        ColumnRole.Performance or ColumnRole.Tooling or ColumnRole.Value => ClaimKind.OtherMetric,
        _ => null,
    };

    /// <summary>"80", "80件", "27个", "12 tests" count tests; "4 suites", "10s" and "19 errors" (what a compiler or linter
    /// reports) do not.</summary>
    private static bool CountsTests(Quantity q) =>
        q.UnitWord.Length == 0 || q.UnitWord is "件" or "个" or "個" or "项" or "項" or "例" ||
        (TableVocabulary.RoleOf(q.UnitWord, r => r is ColumnRole.Tests or ColumnRole.Passed or ColumnRole.Failed) is not null && !LineTerms.Matches("error-nouns", q.UnitWord));
}
