using ReadinessAction.Configuration;
using ReadinessAction.Pipeline;
using ReadinessAction.Reporting;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Verification;

/// <summary>"ESLint configured", "Dependabot enabled": the repository's own files say whether the tool is set up.</summary>
public sealed class ToolingVerifierTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    public ToolingVerifierTests()
    {
        _workspace.Write("eslint.config.js", "module.exports = [];\n");
        _workspace.Write(".husky/pre-commit", "npx lint-staged\n");
        _workspace.Write(".github/dependabot.yml", "version: 2\n");
    }

    [Fact]
    public void A_configured_tool_is_verified_by_its_configuration_file()
    {
        var claims = Check("- [x] ESLint configured\n- [x] Husky hooks configured\n- [x] Dependabot enabled\n");

        Assert.All(claims, c => Assert.Equal("verified", c.Status));
        Assert.Equal("ESLint is configured: eslint.config.js", claims[0].Evidence);
        Assert.Equal("Husky is configured: .husky/pre-commit", claims[1].Evidence);
    }

    [Fact]
    public void A_tool_said_to_be_configured_without_its_files_is_contradicted_and_a_requirement_unmet()
    {
        var claims = Check("- [x] Prettier configured\n- [ ] Renovate set up\n");

        Assert.Equal(("contradicted", "not configured"), (claims[0].Status, claims[0].Measured));
        Assert.StartsWith("no Prettier configuration in the repository (looked for .prettierrc", claims[0].Evidence, StringComparison.Ordinal);
        Assert.Equal("unmet", claims[1].Status);
    }

    [Fact]
    public void A_negated_claim_is_not_judged_by_the_files()
    {
        var claims = Check("- [x] No Dockerfile configured yet\n");

        Assert.All(claims, c => Assert.DoesNotContain("configuration in the repository", c.Evidence, StringComparison.Ordinal));
    }

    public void Dispose() => _workspace.Dispose();

    private List<ClaimReport> Check(string checklist)
    {
        _workspace.Write("READINESS.md", "# Tooling\n\n" + checklist);
        return [.. CheckPipeline.Run(new ReadinessOptions { Workspace = _workspace.Root }).Report.Claims.Where(c => c.Kind == "other_metric")];
    }
}
