using ReadinessAction.Workspace;

namespace ReadinessAction.Tests.Security;

/// <summary>The guard every read and write goes through: links resolved, the workspace kept, regular files only.</summary>
public sealed class WorkspaceFileGuardTests : IDisposable
{
    private readonly HostileTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void A_link_to_a_file_outside_the_workspace_is_refused_naming_the_file_and_the_rule_not_the_content()
    {
        _tree.Link(".github/comment.hbs", _tree.SecretFile);

        var e = Assert.Throws<WorkspaceFileException>(() => Guard().ReadAllText(".github/comment.hbs", 1024));

        Assert.StartsWith(".github/comment.hbs: is a symbolic link", e.Message, StringComparison.Ordinal);
        Assert.Contains("outside the workspace", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(HostileTree.Secret, e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_proc_self_environ_is_refused()
    {
        _tree.Link("template.hbs", "/proc/self/environ");

        var e = Assert.Throws<WorkspaceFileException>(() => Guard().ReadAllText("template.hbs", 1024));

        Assert.Contains("outside the workspace", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_linked_intermediate_folder_that_leaves_the_workspace_is_refused()
    {
        File.WriteAllText(Path.Combine(_tree.Outside, "inner.md"), HostileTree.Secret);
        _tree.Link("docs", _tree.Outside);

        var e = Assert.Throws<WorkspaceFileException>(() => Guard().ReadAllBytes("docs/inner.md", 1024));

        Assert.StartsWith("docs/inner.md: ", e.Message, StringComparison.Ordinal);
        Assert.Contains("outside the workspace", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_link_that_climbs_out_through_dot_dot_is_refused()
    {
        _tree.Link("a/b/up.md", "../../../outside/secret.txt");

        Assert.Throws<WorkspaceFileException>(() => Guard().ReadAllBytes("a/b/up.md", 1024));
    }

    [Fact]
    public void A_link_inside_the_workspace_is_read()
    {
        _tree.Write("real/checklist.md", "- [x] done\n");
        _tree.Link("docs/checklist.md", "../real/checklist.md");

        Assert.Equal("- [x] done\n", Guard().ReadAllText("docs/checklist.md", 1024));
    }

    [Fact]
    public void A_link_loop_and_a_dangling_link_are_refused_with_their_rule()
    {
        _tree.Link("docs/loop.md", "loop.md");
        _tree.Link("docs/gone.md", "nowhere.md");

        Assert.Contains("link loop", Assert.Throws<WorkspaceFileException>(() => Guard().ReadAllBytes("docs/loop.md", 1024)).Message, StringComparison.Ordinal);
        Assert.Contains("dangling", Assert.Throws<WorkspaceFileException>(() => Guard().ReadAllBytes("docs/gone.md", 1024)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fifo_is_refused_before_it_is_opened()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _tree.Fifo("results.trx");

        var e = await Assert.ThrowsAsync<WorkspaceFileException>(() => Task.Run(() => Guard().OpenRead("results.trx")).WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal("results.trx: is not a regular file (a FIFO, device or socket); not opened", e.Message);
    }

    [Fact]
    public void A_folder_is_refused_as_a_file()
    {
        Directory.CreateDirectory(_tree.Path_("docs/folder.md"));

        Assert.Contains("is a folder", Assert.Throws<WorkspaceFileException>(() => Guard().ReadAllBytes("docs/folder.md", 1024)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_as_too_large()
    {
        _tree.Write("big.md", new string('x', 2048));

        Assert.True(Assert.Throws<WorkspaceFileException>(() => Guard().ReadAllBytes("big.md", 1024)).TooLarge);
    }

    [Fact]
    public void Writing_over_a_link_replaces_the_link_and_leaves_its_target_untouched()
    {
        _tree.Link("readiness-report.json", _tree.SecretFile);
        var before = File.ReadAllText(_tree.SecretFile);

        Guard().WriteAllText("readiness-report.json", "{}");

        Assert.Equal(before, File.ReadAllText(_tree.SecretFile));
        Assert.Null(new FileInfo(_tree.Path_("readiness-report.json")).LinkTarget);
        Assert.Equal("{}", File.ReadAllText(_tree.Path_("readiness-report.json")));
        Assert.Single(Directory.GetFiles(_tree.Workspace));
    }

    [Fact]
    public void Writing_into_a_linked_folder_that_leaves_the_workspace_is_refused()
    {
        _tree.Link("out", _tree.Outside);

        var e = Assert.Throws<WorkspaceFileException>(() => Guard().WriteAllText("out/report.json", "{}"));

        Assert.StartsWith("out/report.json: its folder is a symbolic link", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_tree.Outside, "report.json")));
    }

    [Fact]
    public void Writing_outside_the_workspace_is_refused_unless_allowed_and_even_then_a_link_is_replaced_not_followed()
    {
        var target = Path.Combine(_tree.Outside, "report.json");
        File.CreateSymbolicLink(target, _tree.SecretFile);
        var before = File.ReadAllText(_tree.SecretFile);

        Assert.Contains("outside the workspace", Assert.Throws<WorkspaceFileException>(() => Guard().WriteAllText(target, "{}")).Message, StringComparison.Ordinal);
        Guard().WriteAllText(target, "{}", allowOutside: true);

        Assert.Equal(before, File.ReadAllText(_tree.SecretFile));
        Assert.Equal("{}", File.ReadAllText(target));
        Assert.Null(new FileInfo(target).LinkTarget);
    }

    private WorkspaceFileGuard Guard() => new(_tree.Workspace);
}
