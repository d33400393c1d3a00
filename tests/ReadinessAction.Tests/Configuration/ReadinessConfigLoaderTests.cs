using ReadinessAction.Configuration;
using ReadinessAction.Tests.Support;
using ReadinessAction.Verification;

namespace ReadinessAction.Tests.Configuration;

public sealed class ReadinessConfigLoaderTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    [Fact]
    public void Documented_example_loads_into_the_exact_model()
    {
        _workspace.CopyFixture(".github/readiness.yml", "Configuration", "documented.yml");

        var options = Load();

        Assert.Equal(_workspace.Root, options.Workspace);
        Assert.Equal(".github/readiness.yml", options.ConfigFile);
        Assert.Equal(["**/*readiness*.md"], options.Checklists);
        Assert.Equal(["**/coverage.cobertura.xml", "**/lcov.info"], options.Coverage);
        Assert.Equal(["**/*.trx", "**/TEST-*.xml"], options.TestResults);
        Assert.Null(options.BaseBranch);
        var backend = Assert.Single(options.Scopes);
        Assert.Equal("backend", backend.Key);
        Assert.Equal(["src/api/**"], backend.Value.Paths);
        Assert.Equal(["Api.Tests*"], backend.Value.Tests);
        Assert.Equal(new VerificationPolicy(0.5, 5), options.Policy);
        Assert.Equal([ClaimStatus.Contradicted], options.Gate.FailOn);
        var release = Assert.Single(options.Gate.Branches);
        Assert.Equal("release/**", release.Key);
        Assert.Equal([ClaimStatus.Contradicted, ClaimStatus.Unmet, ClaimStatus.Unverifiable], release.Value);
    }

    [Fact]
    public void Without_a_file_the_built_in_defaults_apply()
    {
        var options = Load();

        AssertDefaults(options);
        Assert.Null(options.ConfigFile);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("~\n")]
    [InlineData("gate:\ntolerance:\nscopes:\n")]
    public void Empty_file_or_empty_sections_keep_the_defaults(string yaml)
    {
        _workspace.Write(".github/readiness.yml", yaml);

        var options = Load();

        AssertDefaults(options);
        Assert.Equal(".github/readiness.yml", options.ConfigFile);
    }

    [Fact]
    public void Yaml_extension_is_found_too()
    {
        _workspace.Write(".github/readiness.yaml", "coverage: out/lcov.info\n");

        var options = Load();

        Assert.Equal(".github/readiness.yaml", options.ConfigFile);
        Assert.Equal(["out/lcov.info"], options.Coverage);
    }

    [Fact]
    public void Single_string_where_a_list_is_expected_is_a_one_item_list()
    {
        _workspace.Write(".github/readiness.yml", "checklists: docs/READINESS.md\ngate:\n  fail_on: unmet\n");

        var options = Load();

        Assert.Equal(["docs/READINESS.md"], options.Checklists);
        Assert.Equal([ClaimStatus.Unmet], options.Gate.FailOn);
    }

    [Fact]
    public void Key_with_no_value_is_an_empty_list_and_replaces_the_default()
    {
        _workspace.Write(".github/readiness.yml", "gate:\n  fail_on:\n");

        var options = Load();

        Assert.Empty(options.Gate.FailOn);
    }

    [Fact]
    public void Keys_and_status_names_are_case_insensitive()
    {
        _workspace.Write(".github/readiness.yml", "Gate:\n  FAIL_ON: [Contradicted, UNMET]\n");

        var options = Load();

        Assert.Equal([ClaimStatus.Contradicted, ClaimStatus.Unmet], options.Gate.FailOn);
    }

    [Fact]
    public void Explicit_file_outside_the_workspace_is_read_locally_and_named_by_its_full_path()
    {
        using var elsewhere = new TempWorkspace();
        var file = elsewhere.Write("shared-readiness.yml", "test_results: ['**/*.trx']\n");

        var options = ReadinessConfigLoader.Load(new(_workspace.Root) { ConfigFile = file, ConfigFileMayBeOutsideWorkspace = true });

        Assert.Equal(file, options.ConfigFile);
        Assert.Equal(["**/*.trx"], options.TestResults);
    }

    [Fact]
    public void Explicit_file_wins_over_the_default_location()
    {
        _workspace.Write(".github/readiness.yml", "coverage: default.xml\n");
        var file = _workspace.Write("ci/readiness.yml", "coverage: explicit.xml\n");

        var options = ReadinessConfigLoader.Load(new(_workspace.Root) { ConfigFile = file });

        Assert.Equal("ci/readiness.yml", options.ConfigFile);
        Assert.Equal(["explicit.xml"], options.Coverage);
    }

    [Fact]
    public void Sample_repository_configuration_loads()
    {
        var sample = Path.Combine(RepositoryPaths.Root, "samples", "demo");

        var options = ReadinessConfigLoader.Load(new(sample));

        Assert.Equal(".github/readiness.yml", options.ConfigFile);
        Assert.Equal(["PRODUCTION_READINESS.md"], options.Checklists);
        Assert.Equal(["backend", "frontend", "unit"], options.Scopes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Orders.Tests*"], options.Scopes["unit"].Tests);
        Assert.Empty(options.Scopes["unit"].Paths);
    }

    [Fact]
    public void Thousands_of_scopes_each_keep_their_own_lists_in_file_order()
    {
        var scopes = string.Concat(Enumerable.Range(0, 3000).Select(i =>
            $"  s{i}:\n    paths: [\"src/s{i}/**\", \"lib/s{i}/**\"]\n" + (i % 2 == 0 ? $"    tests: [\"S{i}.*\"]\n" : "")));
        _workspace.Write(".github/readiness.yml", "scopes:\n" + scopes);

        var options = Load();

        Assert.Equal(3000, options.Scopes.Count);
        Assert.Equal(["src/s2999/**", "lib/s2999/**"], options.Scopes["S2999"].Paths);
        Assert.Empty(options.Scopes["s2999"].Tests);
        Assert.Equal(["S1000.*"], options.Scopes["s1000"].Tests);
    }

    [Fact]
    public void Bad_glob_in_scope_tests_is_refused_before_verification_would_parse_it()
    {
        _workspace.Write(".github/readiness.yml", "scopes:\n  api:\n    tests: [\"Api.{Unit,Integration\"]\n");

        var error = Assert.Throws<ReadinessAction.Diagnostics.ReadinessUsageException>(Load);

        Assert.Equal(".github/readiness.yml:3: 'scopes.api.tests' has an invalid glob 'Api.{Unit,Integration': unbalanced '{' in glob 'Api.{Unit,Integration'", error.Message);
    }

    public void Dispose() => _workspace.Dispose();

    private static void AssertDefaults(ReadinessOptions options)
    {
        var defaults = new ReadinessOptions();
        Assert.Equal(defaults.Checklists, options.Checklists);
        Assert.Empty(options.Coverage);
        Assert.Empty(options.TestResults);
        Assert.Empty(options.Scopes);
        Assert.Equal(VerificationPolicy.Default, options.Policy);
        Assert.Equal(GatePolicy.Default.FailOn, options.Gate.FailOn);
        Assert.Empty(options.Gate.Branches);
    }

    private ReadinessOptions Load() => ReadinessConfigLoader.Load(new ConfigurationRequest(_workspace.Root));
}
