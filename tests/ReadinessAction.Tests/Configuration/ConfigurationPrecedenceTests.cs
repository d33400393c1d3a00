using ReadinessAction.Configuration;
using ReadinessAction.Tests.Support;
using ReadinessAction.Verification;

namespace ReadinessAction.Tests.Configuration;

/// <summary>defaults &lt; file &lt; environment &lt; inputs &lt; command line; a list set higher replaces the lower list whole.</summary>
public sealed class ConfigurationPrecedenceTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    public ConfigurationPrecedenceTests() => _workspace.CopyFixture(".github/readiness.yml", "Configuration", "layered.yml");

    [Theory]
    [InlineData(0, 1.0, "docs/a-readiness.md,docs/b-readiness.md,docs/c-readiness.md")]
    [InlineData(1, 2.0, "env/1.md,env/2.md")]
    [InlineData(2, 3.0, "input/1.md")]
    [InlineData(3, 4.0, "cli/1.md,cli/2.md")]
    public void Each_layer_overrides_the_ones_below_it(int layersAboveFile, double coveragePoints, string checklists)
    {
        var request = new ConfigurationRequest(_workspace.Root);
        if (layersAboveFile >= 1)
        {
            request = request with { Environment = Env(("READINESS_TOLERANCE__COVERAGE_POINTS", "2"), ("READINESS_CHECKLISTS", "env/1.md,env/2.md")) };
        }

        if (layersAboveFile >= 2)
        {
            request = request with { Inputs = new Dictionary<string, string?> { ["tolerance:coverage_points"] = "3", ["checklists"] = "input/1.md" } };
        }

        if (layersAboveFile >= 3)
        {
            request = request with { CommandLine = Cli(("tolerance:coverage_points", ["4"]), ("checklists", ["cli/1.md", "cli/2.md"])) };
        }

        var options = ReadinessConfigLoader.Load(request);

        Assert.Equal(coveragePoints, options.Policy.CoveragePoints);
        Assert.Equal(checklists.Split(','), options.Checklists);
        Assert.Equal(10, options.Policy.CompletionPoints);
    }

    [Fact]
    public void File_overrides_the_defaults()
    {
        var options = ReadinessConfigLoader.Load(new(_workspace.Root));

        Assert.Equal(new VerificationPolicy(1, 10), options.Policy);
        Assert.Equal(["file/1.xml", "file/2.xml", "file/3.xml"], options.Coverage);
        Assert.Equal(["file/results.trx"], options.TestResults);
        Assert.Equal([ClaimStatus.Contradicted, ClaimStatus.Unmet, ClaimStatus.Understated], options.Gate.FailOn);
    }

    [Fact]
    public void Shorter_list_from_a_higher_layer_does_not_keep_the_lower_layers_extra_items()
    {
        var options = ReadinessConfigLoader.Load(new(_workspace.Root)
        {
            Environment = Env(("READINESS_COVERAGE", "env/1.xml,env/2.xml"), ("READINESS_GATE__FAIL_ON", "unverifiable")),
        });

        Assert.Equal(["env/1.xml", "env/2.xml"], options.Coverage);
        Assert.Equal([ClaimStatus.Unverifiable], options.Gate.FailOn);
    }

    [Fact]
    public void Lists_nested_in_scopes_and_branches_are_replaced_and_siblings_kept()
    {
        var options = ReadinessConfigLoader.Load(new(_workspace.Root)
        {
            Environment = Env(("READINESS_SCOPES__BACKEND__PATHS", "src/server/**"), ("READINESS_SCOPES__WEB__TESTS", "Web.*")),
            CommandLine = Cli(("gate:branches:**:fail_on", ["unmet"])),
        });

        Assert.Equal(["src/server/**"], options.Scopes["backend"].Paths);
        Assert.Equal(["Api.Tests*"], options.Scopes["BACKEND"].Tests);
        Assert.Empty(options.Scopes["web"].Paths);
        Assert.Equal(["Web.*"], options.Scopes["web"].Tests);
        Assert.Equal([ClaimStatus.Unmet], options.Gate.Branches["**"]);
    }

    [Fact]
    public void Base_branch_comes_from_the_highest_layer_that_sets_it()
    {
        var request = new ConfigurationRequest(_workspace.Root) { Environment = Env(("READINESS_BASE_BRANCH", "main")) };

        Assert.Equal("main", ReadinessConfigLoader.Load(request).BaseBranch);
        Assert.Equal("release/2.0", ReadinessConfigLoader.Load(request with { CommandLine = Cli(("base_branch", ["release/2.0"])) }).BaseBranch);
    }

    [Fact]
    public void Empty_values_and_options_given_no_value_leave_the_lower_layers_alone()
    {
        var options = ReadinessConfigLoader.Load(new(_workspace.Root)
        {
            Environment = Env(("READINESS_COVERAGE", ""), ("READINESS_TOLERANCE__COVERAGE_POINTS", "  ")),
            Inputs = new Dictionary<string, string?> { ["coverage"] = null, ["checklists"] = "" },
            CommandLine = Cli(("coverage", []), ("test_results", [""])),
        });

        Assert.Equal(["file/1.xml", "file/2.xml", "file/3.xml"], options.Coverage);
        Assert.Equal(["file/results.trx"], options.TestResults);
        Assert.Equal(3, options.Checklists.Count);
        Assert.Equal(1, options.Policy.CoveragePoints);
    }

    public void Dispose() => _workspace.Dispose();

    internal static Dictionary<string, string?> Env(params (string Name, string? Value)[] variables) =>
        variables.ToDictionary(v => v.Name, v => v.Value);

    internal static Dictionary<string, IReadOnlyList<string>> Cli(params (string Key, string[] Values)[] options) =>
        options.ToDictionary(o => o.Key, o => (IReadOnlyList<string>)o.Values);
}
