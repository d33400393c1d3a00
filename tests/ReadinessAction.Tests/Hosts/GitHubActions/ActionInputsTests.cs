using ReadinessAction.Diagnostics;
using ReadinessAction.Hosts.GitHubActions;

namespace ReadinessAction.Tests.Hosts.GitHubActions;

public sealed class ActionInputsTests
{
    [Fact]
    public void Inputs_are_read_from_upper_cased_INPUT_variables_with_underscores_kept()
    {
        var inputs = Read(new()
        {
            ["INPUT_TEST_RESULTS"] = "**/*.trx",
            ["INPUT_COVERAGE"] = "**/coverage.cobertura.xml\n**/lcov.info",
            ["INPUT_STATUS_CONTEXT"] = "readiness/release",
            ["INPUT_BASE_BRANCH"] = "release/2.0",
            ["INPUT_FAIL_ON"] = "contradicted, unverifiable",
            ["INPUT_MODE"] = "report-only",
            ["INPUT_COMMENT"] = "false",
        });

        Assert.Equal("**/*.trx", inputs.TestResults);
        Assert.Equal("**/coverage.cobertura.xml\n**/lcov.info", inputs.Coverage);
        Assert.Equal("readiness/release", inputs.StatusContext);
        Assert.Equal("release/2.0", inputs.BaseBranch);
        Assert.Equal("contradicted, unverifiable", inputs.FailOn);
        Assert.Equal(ActionMode.ReportOnly, inputs.Mode);
        Assert.False(inputs.Comment);
    }

    [Fact]
    public void Empty_inputs_take_the_defaults_of_action_yml()
    {
        var inputs = Read(new() { ["INPUT_STATUS_CONTEXT"] = "", ["INPUT_CHECKLISTS"] = "  " });

        Assert.Equal("readiness", inputs.StatusContext);
        Assert.Null(inputs.Checklists);
        Assert.True(inputs.Comment);
        Assert.Equal(ActionMode.Auto, inputs.Mode);
        Assert.Equal("readiness-report.json", inputs.Report);
    }

    [Theory]
    [InlineData("INPUT_MODE", "sometimes", "input 'mode' must be auto, report-only or publish, not 'sometimes'")]
    [InlineData("INPUT_COMMENT", "maybe", "input 'comment' must be true or false, not 'maybe'")]
    [InlineData("INPUT_PULL_REQUEST", "two", "input 'pull_request' must be a pull request number, not 'two'")]
    public void Invalid_values_are_usage_errors_naming_the_input(string name, string value, string message)
    {
        Assert.Equal(message, Assert.Throws<ReadinessUsageException>(() => Read(new() { [name] = value })).Message);
    }

    private static ActionInputs Read(Dictionary<string, string> environment) => ActionInputs.Read(environment.GetValueOrDefault);
}
