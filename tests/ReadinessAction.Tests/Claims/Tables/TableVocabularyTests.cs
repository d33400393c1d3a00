using ReadinessAction.Claims.Tables;

namespace ReadinessAction.Tests.Claims.Tables;

public sealed class TableVocabularyTests
{
    [Fact]
    public void The_vocabulary_of_every_language_is_embedded_and_loads()
    {
        Assert.Equal(["de", "en", "es", "fr", "id", "ja", "pt", "ru", "zh"], TableVocabulary.Languages);
        Assert.True(TableVocabulary.Count > 300, $"only {TableVocabulary.Count} phrases loaded");
    }

    [Theory]
    [InlineData("Module", ColumnRole.Path)]
    [InlineData("Metric", ColumnRole.Label)]
    [InlineData("指标", ColumnRole.Label)]
    [InlineData("Value", ColumnRole.Value)]
    [InlineData("Current", ColumnRole.Value)]
    [InlineData("数值", ColumnRole.Value)]
    [InlineData("Actuel", ColumnRole.Value)]
    public void Subject_and_value_columns_are_named_in_any_language(string header, ColumnRole role) =>
        Assert.Equal(role, TableVocabulary.RoleOf(header));

    [Theory]
    [InlineData("Tests", ColumnRole.Tests)]
    [InlineData("Total Test Cases", ColumnRole.Tests)]
    [InlineData("テスト数", ColumnRole.Tests)]
    [InlineData("Total de Testes", ColumnRole.Tests)]
    [InlineData("Passing", ColumnRole.Passed)]
    [InlineData("PASS", ColumnRole.Passed)]
    [InlineData("通过", ColumnRole.Passed)]
    [InlineData("Testes Passando", ColumnRole.Passed)]
    [InlineData("Failing", ColumnRole.Failed)]
    [InlineData("失敗テスト", ColumnRole.Failed)]
    [InlineData("Skipped", ColumnRole.Skipped)]
    public void Test_count_columns_name_total_passed_failed_and_skipped(string header, ColumnRole role) =>
        Assert.Equal(role, TableVocabulary.RoleOf(header));

    [Theory]
    [InlineData("Pass Rate", ColumnRole.PassRate)]
    [InlineData("Test Pass Rate", ColumnRole.PassRate)]
    [InlineData("テスト成功率", ColumnRole.PassRate)]
    [InlineData("Taxa de Aprovação", ColumnRole.PassRate)]
    public void A_pass_rate_column_wins_over_its_pass_word(string header, ColumnRole role) =>
        Assert.Equal(role, TableVocabulary.RoleOf(header));

    [Theory]
    [InlineData("Coverage %", ColumnRole.Coverage)]
    [InlineData("当前覆盖率", ColumnRole.Coverage)]
    [InlineData("カバレッジ", ColumnRole.Coverage)]
    [InlineData("Cobertura", ColumnRole.Coverage)]
    [InlineData("Покрытие", ColumnRole.Coverage)]
    public void Coverage_columns_are_named_in_any_language(string header, ColumnRole role) =>
        Assert.Equal(role, TableVocabulary.RoleOf(header));

    [Theory]
    [InlineData("Score", ColumnRole.Completion)]
    [InlineData("Progress", ColumnRole.Completion)]
    [InlineData("% Complete", ColumnRole.Completion)]
    [InlineData("Weight", ColumnRole.Weight)]
    [InlineData("Status", ColumnRole.Status)]
    [InlineData("判定", ColumnRole.Status)]
    public void Score_weight_and_status_columns_have_their_roles(string header, ColumnRole role) =>
        Assert.Equal(role, TableVocabulary.RoleOf(header));

    [Theory]
    [InlineData("Target")]
    [InlineData("Target Coverage")]
    [InlineData("目标覆盖率")]
    [InlineData("Seuil")]
    [InlineData("Objetivo")]
    [InlineData("要件")]
    public void A_target_is_a_requirement_whatever_it_measures(string header) =>
        Assert.Equal(ColumnRole.Target, TableVocabulary.RoleOf(header));

    [Theory]
    [InlineData("Test Files", ColumnRole.Artifact)]
    [InlineData("测试文件数", ColumnRole.Artifact)]
    [InlineData("Test execution time", ColumnRole.Performance)]
    [InlineData("Gap", ColumnRole.Derived)]
    [InlineData("% du Seuil", ColumnRole.Target)]
    [InlineData("Critical Defects", ColumnRole.NotAClaim)]
    public void The_more_specific_role_wins_when_a_header_names_two(string header, ColumnRole role) =>
        Assert.Equal(role, TableVocabulary.RoleOf(header));

    [Theory]
    [InlineData("Data Integrity")]
    [InlineData("Continuous delivery")]
    public void Words_match_whole_words_in_spaced_scripts(string header) =>
        Assert.Null(TableVocabulary.RoleOf(header, r => r is ColumnRole.Plan or ColumnRole.Tooling));

    [Fact]
    public void A_malformed_vocabulary_line_is_reported_with_its_file()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TableVocabulary.Parse("tests\ttests\nnot a role line\n", "columns.xx.tsv").ToList());

        Assert.Contains("columns.xx.tsv", error.Message, StringComparison.Ordinal);
    }
}
