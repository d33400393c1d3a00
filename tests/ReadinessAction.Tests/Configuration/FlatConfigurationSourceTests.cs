using ReadinessAction.Configuration;
using ReadinessAction.Diagnostics;
using ReadinessAction.Tests.Support;
using ReadinessAction.Verification;

using static ReadinessAction.Tests.Configuration.ConfigurationPrecedenceTests;

namespace ReadinessAction.Tests.Configuration;

/// <summary>Environment variables, Action inputs and command-line values: names, list splitting, and errors naming the source.</summary>
public sealed class FlatConfigurationSourceTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    [Fact]
    public void Environment_variables_use_double_underscores_and_comma_separated_lists()
    {
        var options = Load(new(_workspace.Root)
        {
            Environment = Env(
                ("READINESS_TOLERANCE__COVERAGE_POINTS", "1"),
                ("readiness_tolerance__completion_points", "2.5"),
                ("READINESS_GATE__FAIL_ON", "contradicted, unmet"),
                ("READINESS_GATE__BRANCHES__release/**__FAIL_ON", "unverifiable"),
                ("READINESS_TEST_RESULTS", "**/*.trx,**/TEST-*.xml"),
                ("READINESS_SCOPES__BACKEND__PATHS", "src/api/**")),
        });

        Assert.Equal(new VerificationPolicy(1, 2.5), options.Policy);
        Assert.Equal([ClaimStatus.Contradicted, ClaimStatus.Unmet], options.Gate.FailOn);
        Assert.Equal([ClaimStatus.Unverifiable], options.Gate.Branches["release/**"]);
        Assert.Equal(["**/*.trx", "**/TEST-*.xml"], options.TestResults);
        Assert.Equal(["src/api/**"], options.Scopes["backend"].Paths);
    }

    [Fact]
    public void Comma_inside_braces_stays_in_the_glob()
    {
        var options = Load(new(_workspace.Root) { Environment = Env(("READINESS_COVERAGE", "**/*.{xml,info},out/lcov.info")) });

        Assert.Equal(["**/*.{xml,info}", "out/lcov.info"], options.Coverage);
    }

    [Fact]
    public void Inputs_accept_newline_separated_lists()
    {
        var options = Load(new(_workspace.Root) { Inputs = new Dictionary<string, string?> { ["checklists"] = "docs/READINESS.md\n  ops/*checklist*.md\n" } });

        Assert.Equal(["docs/READINESS.md", "ops/*checklist*.md"], options.Checklists);
    }

    [Fact]
    public void Command_line_values_are_split_on_commas_too()
    {
        var options = Load(new(_workspace.Root) { CommandLine = Cli(("gate:fail_on", ["contradicted,unmet", "understated"])) });

        Assert.Equal([ClaimStatus.Contradicted, ClaimStatus.Unmet, ClaimStatus.Understated], options.Gate.FailOn);
    }

    [Fact]
    public void Readiness_variables_of_other_tools_are_left_alone()
    {
        var options = Load(new(_workspace.Root) { Environment = Env(("READINESS_BLESS", "1"), ("READINESS_PROBE", "x"), ("PATH", "/bin")) });

        Assert.Equal(VerificationPolicy.Default, options.Policy);
    }

    [Theory]
    [InlineData("no", false)]
    [InlineData("FALSE", false)]
    [InlineData("on", true)]
    public void The_flaky_policy_reads_the_usual_spellings_of_a_boolean(string value, bool flakyPasses)
    {
        var options = Load(new(_workspace.Root) { Environment = Env(("READINESS_TOLERANCE__FLAKY_PASSES", value)) });

        Assert.Equal(flakyPasses, options.Policy.FlakyPasses);
    }

    [Theory]
    [InlineData("READINESS_TOLERENCE__COVERAGE_POINTS", "1", "environment variable READINESS_TOLERENCE__COVERAGE_POINTS: unknown key 'TOLERENCE' (did you mean 'tolerance'?)")]
    [InlineData("READINESS_TOLERANCE__COVERAGE", "1", "environment variable READINESS_TOLERANCE__COVERAGE: unknown key 'COVERAGE' in 'tolerance' (known keys: coverage_points, completion_points, flaky_passes)")]
    [InlineData("READINESS_TOLERANCE__COVERAGE_POINTS", "lots", "environment variable READINESS_TOLERANCE__COVERAGE_POINTS: 'tolerance.coverage_points' expects a number of percentage points, not 'lots'")]
    [InlineData("READINESS_TOLERANCE__COMPLETION_POINTS", "-2", "environment variable READINESS_TOLERANCE__COMPLETION_POINTS: 'tolerance.completion_points' must not be negative (got -2)")]
    [InlineData("READINESS_GATE__FAIL_ON", "contradicted,bogus", "environment variable READINESS_GATE__FAIL_ON: 'gate.fail_on': unknown status 'bogus' (statuses: verified, contradicted, unverifiable, understated, met, unmet)")]
    [InlineData("READINESS_GATE__FAIL_ON", "1", "environment variable READINESS_GATE__FAIL_ON: 'gate.fail_on': unknown status '1' (statuses: verified, contradicted, unverifiable, understated, met, unmet)")]
    [InlineData("READINESS_CHECKLISTS", "docs/{a,b", "environment variable READINESS_CHECKLISTS: 'checklists' has an invalid glob 'docs/{a,b': unbalanced '{' in glob 'docs/{a,b'")]
    [InlineData("READINESS_GATE__BRANCHES__release/{x__FAIL_ON", "unmet", "environment variable READINESS_GATE__BRANCHES__release/{x__FAIL_ON: 'gate.branches' has an invalid branch glob 'release/{x': unbalanced '{' in glob 'release/{x'")]
    [InlineData("READINESS_GATE", "unmet", "environment variable READINESS_GATE: 'gate' is a section; set one of its keys (fail_on, branches)")]
    [InlineData("READINESS_SCOPES__BACKEND", "src/**", "environment variable READINESS_SCOPES__BACKEND: 'scopes.BACKEND' is a section; set one of its keys (paths, tests)")]
    [InlineData("READINESS_COVERAGE__0", "a.xml", "environment variable READINESS_COVERAGE__0: 'coverage' is a single setting and has no key '0'")]
    public void Bad_environment_variable_is_a_usage_error_naming_the_variable(string name, string value, string message)
    {
        var error = Assert.Throws<ReadinessUsageException>(() => Load(new(_workspace.Root) { Environment = Env((name, value)) }));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Bad_input_is_a_usage_error_naming_the_input()
    {
        var error = Assert.Throws<ReadinessUsageException>(() => Load(new(_workspace.Root) { Inputs = new Dictionary<string, string?> { ["gate:fail_on"] = "contradictd" } }));

        Assert.Equal("input 'gate:fail_on': 'gate.fail_on': unknown status 'contradictd' (did you mean 'contradicted'?)", error.Message);
    }

    [Theory]
    [InlineData("base_branch", new[] { "main", "develop" }, "command line 'base_branch': 'base_branch' takes one value, not 2")]
    [InlineData("test_result", new[] { "**/*.trx" }, "command line 'test_result': unknown key 'test_result' (did you mean 'test_results'?)")]
    [InlineData("scopes::paths", new[] { "src/**" }, "command line 'scopes::paths': 'scopes': the scope name '' must be non-empty and contain no ':'")]
    public void Bad_command_line_value_is_a_usage_error_naming_the_option(string key, string[] values, string message)
    {
        var error = Assert.Throws<ReadinessUsageException>(() => Load(new(_workspace.Root) { CommandLine = Cli((key, values)) }));

        Assert.Equal(message, error.Message);
    }

    public void Dispose() => _workspace.Dispose();

    private static ReadinessOptions Load(ConfigurationRequest request) => ReadinessConfigLoader.Load(request);
}
