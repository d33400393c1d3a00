using ReadinessAction.Hosts;
using ReadinessAction.Tests.Hosts;

namespace ReadinessAction.Tests.Security;

/// <summary>Text we print (file names, claim text, messages) never becomes a GitHub or Azure workflow command.</summary>
public sealed class WorkflowCommandInjectionTests : IDisposable
{
    private readonly HostileTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void A_checklist_named_with_a_newline_and_a_command_prints_no_workflow_command()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _tree.Write("docs/x\n::error title=pwned::owned\n##[error]fake.md", "- [x] done\n- [ ] ##vso[task.setvariable variable=x]1\n");

        var (_, stdout, stderr) = CheckCommandTests.Run("check", "--workspace", _tree.Workspace, "--checklist", "docs/*.md", "--format", "text");

        Assert.Contains("owned", stdout, StringComparison.Ordinal);
        AssertNoCommand(stdout);
        AssertNoCommand(stderr);
    }

    [Fact]
    public void A_usage_error_quoting_a_command_prints_no_workflow_command()
    {
        var (exit, _, stderr) = CheckCommandTests.Run("check", "--workspace", Path.Combine(_tree.Root, "no\n::warning::such"));

        Assert.Equal(2, exit);
        Assert.Contains("such", stderr, StringComparison.Ordinal);
        AssertNoCommand(stderr);
    }

    [Theory]
    [InlineData("::error::x", "\u200B::error::x")]
    [InlineData("  ::set-output name=a::b", "  \u200B::set-output name=a::b")]
    [InlineData("##[group]x", "\u200B##[group]x")]
    [InlineData("text ##vso[task.complete result=Failed]", "text ##vso\u200B[task.complete result=Failed]")]
    [InlineData("text ##VSO[task.complete]", "text ##VSO\u200B[task.complete]")]
    [InlineData("a :: b", "a :: b")]
    public void Neutralize_breaks_only_what_a_runner_would_take_for_a_command(string line, string expected) =>
        Assert.Equal(expected, WorkflowCommandNeutralizer.Neutralize(line));

    [Fact]
    public void A_command_after_a_carriage_return_is_broken_too()
    {
        using var inner = new StringWriter();
        using (var writer = new WorkflowCommandNeutralizer(inner))
        {
            writer.Write("ok\r::error::x\n");
        }

        Assert.Equal("ok\r\u200B::error::x\n", inner.ToString());
    }

    private static void AssertNoCommand(string output)
    {
        foreach (var line in output.Split('\n', '\r'))
        {
            Assert.False(line.TrimStart().StartsWith("::", StringComparison.Ordinal), line);
            Assert.False(line.TrimStart().StartsWith("##[", StringComparison.Ordinal), line);
            Assert.DoesNotContain("##vso[", line, StringComparison.OrdinalIgnoreCase);
        }
    }
}
