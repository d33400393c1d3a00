using ReadinessAction.Diagnostics;
using ReadinessAction.Evidence;
using ReadinessAction.Evidence.TestResults;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Evidence;

public sealed class EvidenceCollectorTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();
    private readonly EvidenceCollector _collector = new();

    [Fact]
    public void Artifacts_are_read_with_workspace_relative_paths_and_merged()
    {
        _workspace.CopyFixture("a/TestResults/run.trx", "Evidence", "TestResults", "trx_vstest.trx");
        _workspace.CopyFixture("b/junit.xml", "Evidence", "TestResults", "junit_surefire.xml");

        var bundle = _collector.Collect(_workspace.Root, [], ["**/*.trx", "b/*.xml"]);

        Assert.Equal([("a/TestResults/run.trx", "trx"), ("b/junit.xml", "junit")], bundle.Artifacts.Select(a => (a.Path, a.Format)));
        Assert.Equal(new TestTotals(14, 7, 4, 1, 2, 14) { Flaky = 1 }, bundle.Tests.Totals);
        Assert.False(bundle.HasCoverage);
        Assert.Empty(bundle.Diagnostics);
    }

    [Fact]
    public void A_test_result_matched_by_the_coverage_glob_is_read_by_its_content_with_a_warning()
    {
        _workspace.CopyFixture("coverage.xml", "Evidence", "TestResults", "junit_pytest.xml");

        var bundle = _collector.Collect(_workspace.Root, ["coverage.xml"], []);

        var artifact = Assert.Single(bundle.Artifacts);
        Assert.Equal((ArtifactKind.Tests, "junit"), (artifact.Kind, artifact.Format));
        var warning = Assert.Single(bundle.Diagnostics);
        Assert.Equal(("kind-mismatch", DiagnosticSeverity.Warning, "coverage.xml"), (warning.Code, warning.Severity, warning.Path));
    }

    [Fact]
    public void A_file_matched_by_both_options_is_read_once_without_a_warning()
    {
        _workspace.CopyFixture("out/results.xml", "Evidence", "TestResults", "junit_pytest.xml");

        var bundle = _collector.Collect(_workspace.Root, ["out/*.xml"], ["**/results.xml"]);

        Assert.Single(bundle.Artifacts);
        Assert.Empty(bundle.Diagnostics);
    }

    [Fact]
    public void Globs_that_match_nothing_are_named()
    {
        _workspace.CopyFixture("junit.xml", "Evidence", "TestResults", "junit_pytest.xml");

        var bundle = _collector.Collect(_workspace.Root, ["**/coverage.cobertura.xml"], ["junit.xml", "**/*.trx"]);

        Assert.Equal(["--coverage '**/coverage.cobertura.xml'", "--test-results '**/*.trx'"], bundle.UnmatchedGlobs);
        Assert.Equal(2, bundle.Diagnostics.Count(d => d.Code == "no-match"));
    }

    [Theory]
    [InlineData("../elsewhere/*.xml")]
    [InlineData("reports/../../*.xml")]
    [InlineData("/etc/*.xml")]
    [InlineData("reports/{a,b.xml")]
    public void A_glob_that_is_invalid_or_leaves_the_workspace_is_a_usage_error(string glob)
    {
        var error = Assert.Throws<ReadinessUsageException>(() => _collector.Collect(_workspace.Root, [], [glob]));

        Assert.Contains($"--test-results '{glob}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_workspace_is_a_usage_error()
    {
        Assert.Throws<ReadinessUsageException>(() => _collector.Collect(Path.Combine(_workspace.Root, "nope"), [], ["*.xml"]));
    }

    [Fact]
    public void A_symbolic_link_to_a_file_outside_the_workspace_is_never_read()
    {
        using var outside = new TempWorkspace();
        var target = outside.CopyFixture("junit.xml", "Evidence", "TestResults", "junit_pytest.xml");
        File.CreateSymbolicLink(Path.Combine(_workspace.Root, "linked.xml"), target);

        var bundle = _collector.Collect(_workspace.Root, [], ["*.xml"]);

        Assert.Empty(bundle.Artifacts);
        Assert.Equal(["--test-results '*.xml'"], bundle.UnmatchedGlobs);
        Assert.Contains(bundle.Diagnostics, d => d.Code == "artifact-link-skipped" && d.Path == "linked.xml");
    }

    public void Dispose() => _workspace.Dispose();
}
