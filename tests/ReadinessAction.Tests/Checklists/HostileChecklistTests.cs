using System.Text;

using ReadinessAction.Pipeline;
using ReadinessAction.Tests.Hosts;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Checklists;

/// <summary>Bad input gives a diagnostic or a result, never a crash or a hang.</summary>
public sealed class HostileChecklistTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    [Fact]
    public void Empty_checklist_is_judged_with_a_warning()
    {
        _workspace.Write("READINESS.md", "");
        var (exit, stdout, _) = Check();
        Assert.Equal(ExitCodes.Pass, exit);
        Assert.Contains("checklist-empty", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_checklist_is_refused_with_an_error_naming_the_file()
    {
        _workspace.Write("READINESS.md", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0xFF, 0x00]);
        var (exit, stdout, _) = Check();
        Assert.Equal(ExitCodes.NotJudged, exit);
        Assert.Contains("READINESS.md: error checklist-binary", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Fifty_megabyte_checklist_is_refused_without_being_read()
    {
        var line = Encoding.UTF8.GetBytes("- [x] item with 87% coverage and 144 tests\n");
        var big = new byte[50 * 1024 * 1024];
        for (var i = 0; i + line.Length <= big.Length; i += line.Length)
        {
            line.CopyTo(big, i);
        }

        _workspace.Write("READINESS.md", big);
        var (exit, stdout, _) = Check();
        Assert.Equal(ExitCodes.NotJudged, exit);
        Assert.Contains("checklist-too-large", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_thousand_deep_nested_list_is_flattened_with_a_warning()
    {
        var markdown = new StringBuilder();
        markdown.Append(string.Concat(Enumerable.Repeat("- ", 10_000))).Append("[x] deepest\n");
        markdown.Append(string.Concat(Enumerable.Repeat(">", 10_000))).Append(" - [ ] quoted\n");
        for (var depth = 0; depth < 10_000; depth += 500)
        {
            markdown.Append(new string(' ', depth)).Append("- [x] indented ").Append(depth).Append('\n');
        }

        _workspace.Write("READINESS.md", markdown.ToString());
        var (exit, stdout, _) = Check();
        Assert.Equal(ExitCodes.Pass, exit);
        Assert.Contains("READINESS.md:1: warning checklist-too-deep", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_and_crlf_checklists_are_read()
    {
        var text = "# Ready\r\n\r\n- [x] 24/27 resilience tests passing\r\n";
        _workspace.Write("READINESS.md", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        var (_, stdout, _) = Check();
        Assert.Contains("READINESS.md:3", stdout, StringComparison.Ordinal);
        Assert.Contains("test_ratio", stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _workspace.Dispose();

    private (int Exit, string Stdout, string Stderr) Check() => CheckCommandTests.Run("check", "--workspace", _workspace.Root);
}
