using ReadinessAction.Configuration;
using ReadinessAction.Tests.Support;
using ReadinessAction.Verification;

using static ReadinessAction.Tests.Configuration.ConfigurationPrecedenceTests;

namespace ReadinessAction.Tests.Configuration;

public sealed class GatePolicyConfigurationTests : IDisposable
{
    private static readonly ClaimStatus[] ReleaseStatuses = [ClaimStatus.Contradicted, ClaimStatus.Unmet, ClaimStatus.Unverifiable];

    private readonly TempWorkspace _workspace = new();

    public GatePolicyConfigurationTests() => _workspace.CopyFixture(".github/readiness.yml", "Configuration", "documented.yml");

    [Theory]
    [InlineData("release/1.2", true)]
    [InlineData("refs/heads/release/1.2", true)]
    [InlineData("release/2026/q3", true)]
    [InlineData("feature/x", false)]
    [InlineData("main", false)]
    [InlineData(null, false)]
    public void Release_branches_get_their_own_fail_on_and_others_the_default(string? branch, bool release)
    {
        var options = ReadinessConfigLoader.Load(new(_workspace.Root) { CommandLine = Cli(("base_branch", branch is null ? [] : [branch])) });

        Assert.Equal(branch, options.BaseBranch);
        Assert.Equal(release ? ReleaseStatuses : [ClaimStatus.Contradicted], options.FailOn);
    }

    [Fact]
    public void First_matching_branch_glob_in_file_order_wins()
    {
        _workspace.Write(".github/readiness.yml", "gate:\n  branches:\n    release/1.*: { fail_on: [met] }\n    release/**: { fail_on: [unmet] }\n");

        var gate = ReadinessConfigLoader.Load(new(_workspace.Root)).Gate;

        Assert.Equal(["release/1.*", "release/**"], gate.Branches.Keys);
        Assert.Equal([ClaimStatus.Met], gate.FailOnFor("release/1.2"));
        Assert.Equal([ClaimStatus.Unmet], gate.FailOnFor("release/2.0"));
    }

    [Fact]
    public void Branch_globs_from_a_higher_layer_are_tried_first()
    {
        var gate = ReadinessConfigLoader.Load(new(_workspace.Root)
        {
            Environment = Env(("READINESS_GATE__BRANCHES__**__FAIL_ON", "understated")),
        }).Gate;

        Assert.Equal(["**", "release/**"], gate.Branches.Keys);
        Assert.Equal([ClaimStatus.Understated], gate.FailOnFor("release/1.2"));
    }

    [Fact]
    public void Fail_on_given_as_an_input_wins_over_the_files_branch_entry_and_the_source_says_so()
    {
        var gate = ReadinessConfigLoader.Load(new(_workspace.Root)
        {
            Inputs = new Dictionary<string, string?> { ["gate:fail_on"] = "contradicted" },
        }).Gate;

        Assert.Equal([ClaimStatus.Contradicted], gate.FailOnFor("release/1.2"));
        Assert.Equal("gate.fail_on from an Action input", gate.SourceFor("release/1.2"));
    }

    [Fact]
    public void Fail_on_from_an_environment_variable_wins_too_but_a_branch_entry_of_the_same_layer_still_applies()
    {
        var gate = ReadinessConfigLoader.Load(new(_workspace.Root)
        {
            Environment = Env(("READINESS_GATE__FAIL_ON", "unmet"), ("READINESS_GATE__BRANCHES__hotfix/*__FAIL_ON", "contradicted")),
        }).Gate;

        Assert.Equal([ClaimStatus.Unmet], gate.FailOnFor("release/1.2"));
        Assert.Equal("gate.fail_on from a READINESS_* environment variable", gate.SourceFor("release/1.2"));
        Assert.Equal("gate.branches \"hotfix/*\" from a READINESS_* environment variable", gate.SourceFor("hotfix/x"));
    }

    [Fact]
    public void The_files_branch_entry_applies_when_nothing_above_it_sets_fail_on_and_its_source_is_the_file()
    {
        var gate = ReadinessConfigLoader.Load(new(_workspace.Root)).Gate;

        Assert.Equal("gate.branches \"release/**\" from .github/readiness.yml", gate.SourceFor("release/1.2"));
        Assert.Equal("gate.fail_on from .github/readiness.yml", gate.SourceFor("main"));
    }

    public void Dispose() => _workspace.Dispose();
}
