using System.Runtime.CompilerServices;

using ReadinessAction.Checklists;
using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Claims.Tables;

/// <summary>
/// The role of each column of a table, read from its header. A table is understood when some column holds values
/// (tests, coverage, score, a Value column ...); the cells of an understood table are read by their column.
/// </summary>
public sealed record TableLayout(IReadOnlyList<ColumnRole?> Roles)
{
    private static readonly ColumnRole[] ValueRoles =
    [
        ColumnRole.Value, ColumnRole.Tests, ColumnRole.Passed, ColumnRole.Failed, ColumnRole.Skipped, ColumnRole.NotRun, ColumnRole.PassRate,
        ColumnRole.Coverage, ColumnRole.Completion, ColumnRole.Items, ColumnRole.Artifact, ColumnRole.Performance,
    ];

    public bool IsUnderstood => CoverageFromHeading || Roles.Any(r => r is { } role && ValueRoles.Contains(role));

    /// <summary>
    /// No column names coverage but a heading above the table does ("### Coverage Breakdown", "# 测试覆盖率报告"): a percent
    /// in a column that does not say what it measures ("| Module | Before | After |", "| Statements | Branch |") is coverage.
    /// </summary>
    public bool CoverageFromHeading { get; init; }

    /// <summary>A table with a Value column states each row's figure there; its status column judges that figure.</summary>
    public bool HasValueColumn => Roles.Contains(ColumnRole.Value);

    /// <summary>A scorecard: each row weighs an area ("| Area | Weight | Current | Target |").</summary>
    public bool IsWeighted => Roles.Contains(ColumnRole.Weight);

    public ColumnRole? RoleAt(int column) => column < Roles.Count ? Roles[column] : null;

    // Asked for every row of a table: read once from its header.
    private static readonly ConditionalWeakTable<ChecklistTable, TableLayout> Layouts = [];

    public static TableLayout Of(ChecklistTable table) => Layouts.GetValue(table, Read);

    private static TableLayout Read(ChecklistTable table)
    {
        var roles = table.Header.Select(h => TableVocabulary.RoleOf(h)).ToList();

        // In a table of checklist items, Pass/Fail count items, not tests.
        if (roles.Contains(ColumnRole.Items))
        {
            roles = [.. roles.Select(r => r is ColumnRole.Passed or ColumnRole.Failed or ColumnRole.Skipped or ColumnRole.NotRun ? ColumnRole.Items : r)];
        }

        // Beside Passed/Failed columns a Total column counts the tests ("| Suite | Total | Passed | Failed |", "| 合计 | 通过 |").
        if (!roles.Contains(ColumnRole.Tests) && (roles.Contains(ColumnRole.Passed) || roles.Contains(ColumnRole.Failed)))
        {
            roles = [.. roles.Select(r => r == ColumnRole.TotalWord ? ColumnRole.Tests : r)];
        }

        // Beside a Value column a score is computed from the value ("| Metric | Target | Current | Score |").
        if (roles.Contains(ColumnRole.Value))
        {
            roles = [.. roles.Select(r => r == ColumnRole.Completion ? ColumnRole.Derived : r)];
        }

        // Under a coverage heading, unnamed columns hold coverage figures: "| Module | Start | End |".
        var coverageFromHeading = !roles.Contains(ColumnRole.Coverage) && !roles.Contains(ColumnRole.Value) && HeadingsSayCoverage(table.Section);

        // "| 指標 | モック環境 | 要件 |": a metric table whose value column has a header of its own words. A row that names
        // its measure ("| Pass Rate | 91% |") is read by its label there, even under a coverage heading.
        if (!new TableLayout(roles).IsUnderstood && roles.Count > 1 && roles[0] == ColumnRole.Label && roles.FindIndex(1, r => r is null) is var first and > 0)
        {
            roles[first] = ColumnRole.Value;
        }

        return new TableLayout(roles) { CoverageFromHeading = coverageFromHeading };
    }

    private static bool HeadingsSayCoverage(ChecklistSection? section)
    {
        for (; section is { Level: > 0 }; section = section.Parent)
        {
            if (LineTerms.Matches("coverage-words", section.Title))
            {
                return true;
            }
        }

        return false;
    }
}
