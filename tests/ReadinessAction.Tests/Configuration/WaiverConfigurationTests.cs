using ReadinessAction.Configuration;
using ReadinessAction.Diagnostics;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Configuration;

/// <summary><c>ignore:</c> in the configuration file: waivers with a path, a line or a text, and a required reason.</summary>
public sealed class WaiverConfigurationTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    [Fact]
    public void Documented_waivers_load_in_file_order_with_the_line_each_is_written_on()
    {
        _workspace.CopyFixture(".github/readiness.yml", "Configuration", "documented.yml");

        var waivers = Load().Ignore;

        Assert.Equal(["docs/READINESS.md", "**", "**/*checklist*.md"], waivers.Select(w => w.Path));
        Assert.Equal([40, null, null], waivers.Select(w => w.Line));
        Assert.Equal([null, "p95 latency", "/sign-?off by/"], waivers.Select(w => w.Text));
        Assert.Equal("measured in production, not in CI", waivers[0].Reason);
        Assert.Equal([".github/readiness.yml:13", ".github/readiness.yml:16", ".github/readiness.yml:18"], waivers.Select(w => w.Origin));
    }

    [Fact]
    public void Without_ignore_there_are_no_waivers()
    {
        _workspace.Write(".github/readiness.yml", "checklists: [READINESS.md]\n");
        Assert.Empty(Load().Ignore);
    }

    [Theory]
    [InlineData("ignore-without-reason.yml", ".github/readiness.yml:3: this 'ignore' entry has no 'reason': say why the claims are accepted without proof")]
    [InlineData("ignore-bad-glob.yml", ".github/readiness.yml:2: 'ignore.path' has an invalid glob 'docs/{a,b.md': unbalanced '{' in glob 'docs/{a,b.md'")]
    [InlineData("ignore-bad-line.yml", ".github/readiness.yml:3: 'ignore.line' expects a line number (1 or more), not 'twelve'")]
    [InlineData("ignore-without-line-or-text.yml", ".github/readiness.yml:2: this 'ignore' entry needs 'line' or 'text' to say which claims it waives")]
    [InlineData("ignore-line-without-path.yml", ".github/readiness.yml:2: this 'ignore' entry gives a 'line' but no 'path' (the checklist the line is in)")]
    [InlineData("ignore-unknown-key.yml", ".github/readiness.yml:3: unknown key 'reasons' in 'ignore' (did you mean 'reason'?)")]
    [InlineData("ignore-not-a-list.yml", ".github/readiness.yml:1: 'ignore' expects a list of entries (path, line or text, reason), not a single value")]
    [InlineData("ignore-item-not-a-mapping.yml", ".github/readiness.yml:2: each item of 'ignore' must be a mapping with path, line or text, and reason")]
    public void Invalid_waiver_is_a_usage_error_naming_the_file_and_line(string fixture, string message)
    {
        _workspace.CopyFixture(".github/readiness.yml", "Configuration", "errors", fixture);

        var error = Assert.Throws<ReadinessUsageException>(Load);

        Assert.Equal(message, error.Message);
        Assert.Equal(".github/readiness.yml", error.Path);
    }

    [Fact]
    public void An_invalid_regular_expression_names_the_file_line_and_pattern()
    {
        _workspace.CopyFixture(".github/readiness.yml", "Configuration", "errors", "ignore-bad-regex.yml");

        var error = Assert.Throws<ReadinessUsageException>(Load);

        Assert.StartsWith(".github/readiness.yml:2: 'ignore.text' is an invalid regular expression /(p95/: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Waivers_cannot_come_from_the_environment()
    {
        var error = Assert.Throws<ReadinessUsageException>(() => ReadinessConfigLoader.Load(new(_workspace.Root)
        {
            Environment = new Dictionary<string, string?> { ["READINESS_IGNORE"] = "latency" },
        }));

        Assert.Equal("environment variable READINESS_IGNORE: 'ignore' can only be set in the configuration file (.github/readiness.yml), where each waiver has a reason", error.Message);
    }

    public void Dispose() => _workspace.Dispose();

    private ReadinessOptions Load() => ReadinessConfigLoader.Load(new(_workspace.Root));
}
