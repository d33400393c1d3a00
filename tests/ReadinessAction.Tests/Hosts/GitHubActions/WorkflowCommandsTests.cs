using ReadinessAction.Hosts.GitHubActions;

namespace ReadinessAction.Tests.Hosts.GitHubActions;

public sealed class WorkflowCommandsTests : IDisposable
{
    private readonly StringWriter _stdout = new();

    public void Dispose() => _stdout.Dispose();

    [Fact]
    public void An_error_annotation_carries_file_line_and_title()
    {
        new WorkflowCommands(_stdout).Error("Claimed 95% but measured 61.2%", "docs/PRODUCTION_READINESS.md", 47, "Contradicted claim");

        Assert.Equal("::error file=docs/PRODUCTION_READINESS.md,line=47,title=Contradicted claim::Claimed 95%25 but measured 61.2%25\n", _stdout.ToString());
    }

    [Fact]
    public void Absent_properties_are_left_out()
    {
        var commands = new WorkflowCommands(_stdout);

        commands.Warning("no coverage report found");
        commands.Notice("checked 2 checklists", "docs/READINESS.md");
        commands.Error("line without file is kept", null, 3, null);

        Assert.Equal(
            "::warning::no coverage report found\n::notice file=docs/READINESS.md::checked 2 checklists\n::error line=3::line without file is kept\n",
            _stdout.ToString());
    }

    [Fact]
    public void Message_data_escapes_percent_and_line_breaks_so_it_cannot_start_a_new_command()
    {
        new WorkflowCommands(_stdout).Error("100% done\r\n::add-mask::nothing\nnext: a,b");

        Assert.Equal("::error::100%25 done%0D%0A::add-mask::nothing%0Anext: a,b\n", _stdout.ToString());
        Assert.Single(_stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Property_values_also_escape_colon_and_comma()
    {
        new WorkflowCommands(_stdout).Warning("m", "C:\\work\\a,b.md", 0, "50%: x,y\nz");

        Assert.Equal("::warning file=C%3A/work/a%2Cb.md,title=50%25%3A x%2Cy%0Az::m\n", _stdout.ToString());
    }

    [Fact]
    public void A_secret_is_masked_and_each_line_of_a_multiline_secret_too()
    {
        var commands = new WorkflowCommands(_stdout);

        commands.AddMask("ghp_abc%def");
        commands.AddMask("-----BEGIN KEY-----\nMIIEv\n-----END KEY-----");

        Assert.Equal(
            "::add-mask::ghp_abc%25def\n"
            + "::add-mask::-----BEGIN KEY-----%0AMIIEv%0A-----END KEY-----\n"
            + "::add-mask::-----BEGIN KEY-----\n::add-mask::MIIEv\n::add-mask::-----END KEY-----\n",
            _stdout.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_secret_is_not_masked(string secret)
    {
        new WorkflowCommands(_stdout).AddMask(secret);

        Assert.Equal("", _stdout.ToString());
    }

    [Theory]
    [InlineData("a%b\r\nc", "a%25b%0D%0Ac")]
    [InlineData("%0A", "%250A")]
    public void Data_escaping_follows_the_runner_rules(string value, string expected) =>
        Assert.Equal(expected, WorkflowCommands.EscapeData(value));

    [Theory]
    [InlineData("a:b,c%\n", "a%3Ab%2Cc%25%0A")]
    public void Property_escaping_follows_the_runner_rules(string value, string expected) =>
        Assert.Equal(expected, WorkflowCommands.EscapeProperty(value));
}
