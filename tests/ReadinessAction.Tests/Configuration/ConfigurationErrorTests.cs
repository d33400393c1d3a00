using ReadinessAction.Configuration;
using ReadinessAction.Diagnostics;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Configuration;

public sealed class ConfigurationErrorTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    [Theory]
    [InlineData("unknown-key.yml", ".github/readiness.yml:4: unknown key 'tolerence' (did you mean 'tolerance'?)")]
    [InlineData("unknown-key-no-suggestion.yml", ".github/readiness.yml:2: unknown key 'report' (known keys: checklists, coverage, test_results, findings, scopes, tolerance, gate, ignore)")]
    [InlineData("value-for-section.yml", ".github/readiness.yml:2: 'gate' expects a mapping of keys, not the value 'contradicted'")]
    [InlineData("unknown-scope-key.yml", ".github/readiness.yml:3: unknown key 'path' in 'scopes.backend' (did you mean 'paths'?)")]
    [InlineData("unknown-branch-key.yml", ".github/readiness.yml:6: unknown key 'fial_on' in 'gate.branches.release/**' (did you mean 'fail_on'?)")]
    [InlineData("map-for-number.yml", ".github/readiness.yml:2: 'tolerance.coverage_points' expects a single value, not a mapping")]
    [InlineData("map-for-list.yml", ".github/readiness.yml:2: 'coverage' expects a list, not a mapping")]
    [InlineData("map-in-list.yml", ".github/readiness.yml:3: each item of 'test_results' must be a single value, not a mapping")]
    [InlineData("non-numeric-tolerance.yml", ".github/readiness.yml:2: 'tolerance.coverage_points' expects a number of percentage points, not 'half'")]
    [InlineData("non-boolean-flaky.yml", ".github/readiness.yml:2: 'tolerance.flaky_passes' expects true or false, not 'sometimes'")]
    [InlineData("negative-tolerance.yml", ".github/readiness.yml:3: 'tolerance.completion_points' must not be negative (got -1)")]
    [InlineData("unknown-status.yml", ".github/readiness.yml:4: 'gate.fail_on': unknown status 'unmett' (did you mean 'unmet'?)")]
    [InlineData("bad-checklist-glob.yml", ".github/readiness.yml:3: 'checklists' has an invalid glob 'docs/{a,b.md': unbalanced '{' in glob 'docs/{a,b.md'")]
    [InlineData("bad-scope-glob.yml", ".github/readiness.yml:6: 'scopes.backend.paths' has an invalid glob '': an empty glob matches nothing")]
    [InlineData("bad-branch-glob.yml", ".github/readiness.yml:4: 'gate.branches' has an invalid branch glob 'release/{1,2': unbalanced '{' in glob 'release/{1,2'")]
    [InlineData("base-branch-in-file.yml", ".github/readiness.yml:2: 'base_branch' cannot be set in the configuration file; use the command line or the environment")]
    [InlineData("list-at-root.yml", ".github/readiness.yml:1: the configuration must be a mapping of keys, not a list")]
    [InlineData("empty-scope.yml", ".github/readiness.yml:2: 'scopes.backend' sets nothing (expected paths or tests)")]
    public void Invalid_file_is_a_usage_error_naming_the_file_and_line(string fixture, string message)
    {
        _workspace.CopyFixture(".github/readiness.yml", "Configuration", "errors", fixture);

        var error = Assert.Throws<ReadinessUsageException>(Load);

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("malformed.yml", ".github/readiness.yml:2: malformed YAML: the parser stopped here (an unclosed '[' or '{'?)")]
    [InlineData("duplicate-key.yml", ".github/readiness.yml:2: malformed YAML: Duplicate key coverage")]
    [InlineData("bad-indentation.yml", ".github/readiness.yml:3: malformed YAML: While parsing a block mapping, did not find expected key.")]
    [InlineData("unclosed-quote.yml", ".github/readiness.yml:1: malformed YAML: While scanning a multi-line double-quoted scalar, found wrong indentation.")]
    public void Malformed_yaml_names_the_line_the_parser_stopped_at(string fixture, string message)
    {
        _workspace.CopyFixture(".github/readiness.yml", "Configuration", "errors", fixture);

        var error = Assert.Throws<ReadinessUsageException>(Load);

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Explicit_file_keeps_its_path_in_messages()
    {
        var path = _workspace.CopyFixture("ci/readiness.yml", "Configuration", "errors", "unknown-key.yml");

        var error = Assert.Throws<ReadinessUsageException>(() => ReadinessConfigLoader.Load(new(_workspace.Root) { ConfigFile = path }));

        Assert.StartsWith("ci/readiness.yml:4: unknown key 'tolerence'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_file_that_does_not_exist_is_a_usage_error()
    {
        var missing = Path.Combine(_workspace.Root, "nope.yml");

        var error = Assert.Throws<ReadinessUsageException>(() => ReadinessConfigLoader.Load(new(_workspace.Root) { ConfigFile = missing }));

        Assert.Equal($"the configuration file '{missing}' does not exist", error.Message);
    }

    [Theory]
    [InlineData(".github/readiness.yml", ".github/readiness.yaml")]
    [InlineData(".github/readiness.yml", ".azuredevops/readiness.yml")]
    [InlineData(".azuredevops/readiness.yml", ".readiness.yml")]
    public void Two_default_configuration_files_are_a_usage_error_naming_both(string first, string second)
    {
        _workspace.Write(first, "coverage: a.xml\n");
        _workspace.Write(second, "coverage: b.xml\n");

        var error = Assert.Throws<ReadinessUsageException>(Load);

        Assert.Equal($"{first} and {second} all configure this run; keep one", error.Message);
    }

    [Theory]
    [InlineData(".azuredevops/readiness.yml")]
    [InlineData(".azuredevops/readiness.yaml")]
    [InlineData(".readiness.yml")]
    public void A_configuration_file_beside_azure_pipelines_or_at_the_root_is_found(string path)
    {
        _workspace.Write(path, "coverage: [out/cov.xml]\n");

        var options = ReadinessConfigLoader.Load(new ConfigurationRequest(_workspace.Root));

        Assert.Equal(["out/cov.xml"], options.Coverage);
        Assert.Equal(path, options.ConfigFile);
    }

    [Fact]
    public void Second_yaml_document_is_refused()
    {
        _workspace.Write(".github/readiness.yml", "coverage: a.xml\n---\ncoverage: b.xml\n");

        var error = Assert.Throws<ReadinessUsageException>(Load);

        Assert.Equal(".github/readiness.yml:3: only one YAML document is allowed", error.Message);
    }

    public void Dispose() => _workspace.Dispose();

    private void Load() => ReadinessConfigLoader.Load(new ConfigurationRequest(_workspace.Root));
}
