using ReadinessAction.Configuration;
using ReadinessAction.Evidence;
using ReadinessAction.Pipeline;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Verification;

public sealed class FileExistsVerifierTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();
    private readonly TempWorkspace _outside = new();

    [Fact]
    public void Paths_globs_and_bare_names_are_looked_up_inside_the_workspace()
    {
        _workspace.Write("READINESS.md", "- [x] `docs/runbook.md`\n- [x] `plane/tasks/github_*.py`\n- [x] requirements.txt updated\n- [ ] `docs/missing.md`\n");
        _workspace.Write("docs/runbook.md", "x");
        _workspace.Write("plane/tasks/github_sync.py", "x");
        _workspace.Write("api/requirements.txt", "x");

        var claims = Check();

        Assert.Equal(
            [("docs/runbook.md", "verified"), ("plane/tasks/github_*.py", "verified"), ("requirements.txt", "verified"), ("docs/missing.md", "unmet")],
            claims);
    }

    [Fact]
    public void A_path_leaving_the_workspace_is_never_looked_at()
    {
        _workspace.Write("READINESS.md", "- [x] `../secrets/key.md`\n");
        Assert.Equal([("../secrets/key.md", "unverifiable")], Check());
    }

    [Fact]
    public void A_symbolic_link_counts_only_when_it_resolves_inside_the_workspace()
    {
        _outside.Write("secret.md", "x");
        _workspace.Write("docs/real.md", "x");
        File.CreateSymbolicLink(Path.Combine(_workspace.Root, "docs", "inside.md"), Path.Combine(_workspace.Root, "docs", "real.md"));
        File.CreateSymbolicLink(Path.Combine(_workspace.Root, "docs", "outside.md"), Path.Combine(_outside.Root, "secret.md"));

        var facts = RepositoryFactsReader.Read(_workspace.Root);

        Assert.Contains("docs/inside.md", facts.Files);
        Assert.DoesNotContain("docs/outside.md", facts.Files);
    }

    public void Dispose()
    {
        _workspace.Dispose();
        _outside.Dispose();
    }

    private List<(string Claimed, string Status)> Check() =>
        [.. CheckPipeline.Run(new ReadinessOptions { Workspace = _workspace.Root }).Report.Claims
            .Where(c => c.Kind == "file_exists").Select(c => (c.Claimed!, c.Status))];
}
