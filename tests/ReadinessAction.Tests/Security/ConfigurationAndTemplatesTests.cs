using ReadinessAction.Tests.Hosts;

namespace ReadinessAction.Tests.Security;

/// <summary>A configuration built to crash the parser is a configuration error naming the file and line, not a crash.</summary>
public sealed class ConfigurationAndTemplatesTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    private readonly HostileTree _tree = new();

    public void Dispose() => _tree.Dispose();

    public static TheoryData<string, string, int> DeepYaml() => new()
    {
        { "30,000 open flow sequences", "coverage: " + new string('[', 30_000) + "\n", 1 },
        { "flow mappings and sequences mixed", "checklists:\n  - " + string.Concat(Enumerable.Repeat("{a: [", 5_000)) + "\n", 2 },
        { "100,000 compact block sequences", "coverage:\n" + string.Concat(Enumerable.Repeat("- ", 100_000)) + "x\n", 2 },
        { "an apostrophe in a plain value before the brackets", "# it's a trap\ntest_results: it's.trx\ncoverage: " + new string('[', 30_000) + "\n", 3 },
        { "deep block indentation", string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i) + $"k{i}:\n")), 65 },
    };

    [Theory]
    [MemberData(nameof(DeepYaml))]
    public async Task Deeply_nested_yaml_is_a_configuration_error_naming_the_file_and_line(string why, string yaml, int line)
    {
        _tree.Write("READINESS.md", "- [x] done\n");
        _tree.Write(".github/readiness.yml", yaml);

        var (exit, stdout, stderr) = await Task.Run(() => CheckCommandTests.Run("check", "--workspace", _tree.Workspace)).WaitAsync(Bound);

        Assert.Equal(2, exit);
        var message = $".github/readiness.yml:{line}: the YAML is nested more than 64 levels deep; the configuration is not read";
        Assert.StartsWith($"readiness: NOT JUDGED — {message}", stdout, StringComparison.Ordinal);
        Assert.Equal($"error: {message}", stderr.Trim());
        Assert.False(string.IsNullOrEmpty(why));
    }

    [Fact]
    public void Ordinary_nesting_with_quotes_brackets_and_comments_is_read()
    {
        _tree.Write("READINESS.md", "- [x] done\n");
        _tree.Write(".github/readiness.yml", "# a [comment with [[[ brackets\nchecklists: ['READINESS.md', \"docs/[a-z]*.md\"]\nscopes:\n  api: { paths: ['src/api/**'] }\n");

        var (exit, _, stderr) = CheckCommandTests.Run("check", "--workspace", _tree.Workspace);

        Assert.True(exit == 0, stderr);
    }
}
