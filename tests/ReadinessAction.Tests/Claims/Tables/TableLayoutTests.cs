using ReadinessAction.Checklists;
using ReadinessAction.Claims;
using ReadinessAction.Claims.Tables;

namespace ReadinessAction.Tests.Claims.Tables;

public sealed class TableLayoutTests
{
    private static TableLayout Layout(params string[] header) =>
        TableLayout.Of(new ChecklistTable(1, header, new ChecklistSection("doc.md", 0, 1, null)));

    [Fact]
    public void A_test_results_header_gives_each_column_its_role()
    {
        var layout = Layout("Module", "Tests", "Passing", "Failing", "Pass Rate", "Coverage %");

        Assert.Equal([ColumnRole.Path, ColumnRole.Tests, ColumnRole.Passed, ColumnRole.Failed, ColumnRole.PassRate, ColumnRole.Coverage], layout.Roles);
        Assert.True(layout.IsUnderstood);
    }

    [Fact]
    public void Pass_and_fail_beside_an_items_column_count_items_not_tests()
    {
        var layout = Layout("Category", "Items", "Pass", "Fail", "% Complete");

        Assert.Equal([ColumnRole.Label, ColumnRole.Items, ColumnRole.Items, ColumnRole.Items, ColumnRole.Completion], layout.Roles);
    }

    [Fact]
    public void A_score_beside_a_current_value_is_derived_from_it()
    {
        var layout = Layout("Metric", "Target", "Current", "Score", "Weight");

        Assert.Equal(ColumnRole.Derived, layout.RoleAt(3));
        Assert.True(layout.HasValueColumn);
    }

    [Fact]
    public void A_metric_table_with_an_unnamed_value_column_reads_the_first_unknown_column_as_its_value()
    {
        var layout = Layout("指標", "モック環境", "要件", "判定");

        Assert.Equal([ColumnRole.Label, ColumnRole.Value, ColumnRole.Target, ColumnRole.Status], layout.Roles);
    }

    [Fact]
    public void A_sign_off_table_names_no_figures_and_is_left_to_the_line_recognisers()
    {
        Assert.False(Layout("Role", "Name", "Signature", "Date").IsUnderstood);
    }

    [Theory]
    [InlineData("Cobertura por módulo")]
    [InlineData("单元测试覆盖情况")]
    public void A_table_under_a_coverage_heading_without_a_coverage_column_takes_its_percents_as_coverage(string heading)
    {
        var layout = TableLayout.Of(new ChecklistTable(3, ["Crate", "Start", "End"], new ChecklistSection(heading, 2, 1, null)));

        Assert.True(layout.CoverageFromHeading);
        Assert.True(layout.IsUnderstood);
    }

    [Fact]
    public void A_table_with_its_own_coverage_column_does_not_lean_on_the_heading()
    {
        var layout = TableLayout.Of(new ChecklistTable(3, ["Crate", "Tests", "Coverage"], new ChecklistSection("Coverage by crate", 2, 1, null)));

        Assert.False(layout.CoverageFromHeading);
    }

    [Theory]
    [InlineData(ColumnRole.Coverage, "87%", ClaimKind.Coverage)]
    [InlineData(ColumnRole.Coverage, "346", ClaimKind.OtherMetric)]
    [InlineData(ColumnRole.PassRate, "12/16", ClaimKind.TestRatio)]
    [InlineData(ColumnRole.Tests, "80件", ClaimKind.TestCount)]
    [InlineData(ColumnRole.Tests, "4 suites", ClaimKind.OtherMetric)]
    [InlineData(ColumnRole.Passed, "54.9%", ClaimKind.PassRate)]
    [InlineData(ColumnRole.Failed, "2 failures", ClaimKind.TestCount)]
    [InlineData(ColumnRole.Skipped, "3", ClaimKind.SkippedTests)]
    [InlineData(ColumnRole.Completion, "10/10", ClaimKind.CompletionPercent)]
    [InlineData(ColumnRole.Artifact, "1,508", ClaimKind.OtherMetric)]
    [InlineData(ColumnRole.Performance, "212ms", ClaimKind.OtherMetric)]
    public void A_figure_takes_the_kind_of_its_column(ColumnRole role, string cell, ClaimKind kind) =>
        Assert.Equal(kind, RoleKinds.KindOf(role, QuantityTokenizer.Tokenize(cell)[0]));

    [Theory]
    [InlineData(ColumnRole.Artifact, "49%")]
    [InlineData(ColumnRole.Items, "54")]
    [InlineData(ColumnRole.Target, "80%")]
    [InlineData(ColumnRole.Weight, "15%")]
    public void A_figure_that_says_nothing_in_its_column_has_no_kind(ColumnRole role, string cell) =>
        Assert.Null(RoleKinds.KindOf(role, QuantityTokenizer.Tokenize(cell)[0]));
}
