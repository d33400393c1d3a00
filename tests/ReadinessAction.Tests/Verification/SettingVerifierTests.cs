using ReadinessAction.Configuration;
using ReadinessAction.Pipeline;
using ReadinessAction.Reporting;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Verification;

/// <summary>"TypeScript strict mode enabled": tsconfig.json says so, its extends chain followed, in every package.</summary>
public sealed class SettingVerifierTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    [Fact]
    public void Strict_mode_set_in_an_extended_base_with_comments_and_trailing_commas_is_verified()
    {
        _workspace.Write("tsconfig.base.json", "{\n  // shared\n  \"compilerOptions\": { \"strict\": true, },\n}\n");
        _workspace.Write("tsconfig.json", "{ \"extends\": \"./tsconfig.base\", \"compilerOptions\": { \"outDir\": \"dist\" } }");

        var claim = Check("- [x] TypeScript strict mode enabled\n");

        Assert.Equal(("verified", "on"), (claim.Status, claim.Measured));
        Assert.Equal("compilerOptions.strict is true in tsconfig.json, from tsconfig.base.json", claim.Evidence);
    }

    [Fact]
    public void A_package_that_turns_strict_off_contradicts_the_claim_and_is_named()
    {
        _workspace.Write("tsconfig.json", "{ \"compilerOptions\": { \"strict\": true } }");
        _workspace.Write("packages/web/tsconfig.json", "{ \"extends\": \"../../tsconfig.json\", \"compilerOptions\": { \"strict\": false } }");
        _workspace.Write("packages/api/tsconfig.json", "{ \"compilerOptions\": { \"target\": \"es2022\" } }");

        var claim = Check("- [x] TypeScript strict mode enabled\n");

        Assert.Equal(("contradicted", "off"), (claim.Status, claim.Measured));
        Assert.Equal("compilerOptions.strict is not true in packages/api/tsconfig.json (not set), packages/web/tsconfig.json (false)", claim.Evidence);
    }

    [Fact]
    public void A_base_from_node_modules_is_followed_and_a_missing_package_leaves_the_claim_unverifiable()
    {
        _workspace.Write("node_modules/@tsconfig/strictest/tsconfig.json", "{ \"compilerOptions\": { \"strict\": true } }");
        _workspace.Write("web/tsconfig.json", "{ \"extends\": [\"@tsconfig/node20/tsconfig.json\", \"@tsconfig/strictest/tsconfig.json\"] }");
        _workspace.Write("api/tsconfig.json", "{ \"extends\": \"@tsconfig/strictest\" }");

        Assert.Equal("verified", Check("- [x] TypeScript strict mode enabled\n").Status);

        _workspace.Write("cli/tsconfig.json", "{ \"extends\": \"@company/tsconfig\" }");
        var claim = Check("- [x] TypeScript strict mode enabled\n");
        Assert.Equal("unverifiable", claim.Status);
        Assert.Equal("compilerOptions.strict could not be read: cli/tsconfig.json: extends '@company/tsconfig', which is not a file in the workspace", claim.Evidence);
    }

    [Fact]
    public void Strict_mode_under_a_typescript_heading_is_judged_and_without_that_context_it_is_not()
    {
        _workspace.Write("tsconfig.json", "{ \"compilerOptions\": { \"strict\": false } }");

        _workspace.Write("READINESS.md", "# Readiness\n\n## TypeScript\n\n- [x] Strict mode enabled\n\n## Process\n\n- [x] Strict mode enabled\n");
        var claims = CheckPipeline.Run(new ReadinessOptions { Workspace = _workspace.Root }).Report.Claims.Where(c => c.Kind == "other_metric").ToList();

        Assert.Equal("contradicted", claims.Single(c => c.Section == "TypeScript").Status);
        Assert.DoesNotContain("compilerOptions", claims.Single(c => c.Section == "Process").Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extends_loop_and_invalid_json_are_problems_of_the_file_not_crashes()
    {
        _workspace.Write("a/tsconfig.json", "{ \"extends\": \"../b/tsconfig.json\" }");
        _workspace.Write("b/tsconfig.json", "{ \"extends\": \"../a/tsconfig.json\" }");
        _workspace.Write("c/tsconfig.json", "{ \"compilerOptions\": {\n  \"strict\": tru }");

        var claim = Check("- [x] TypeScript strict mode enabled\n");

        Assert.Equal("unverifiable", claim.Status);
        Assert.Contains("a/tsconfig.json: its extends chain loops", claim.Evidence, StringComparison.Ordinal);
        Assert.Contains("c/tsconfig.json:2: not valid JSON", claim.Evidence, StringComparison.Ordinal);
    }

    public void Dispose() => _workspace.Dispose();

    private ClaimReport Check(string checklist)
    {
        _workspace.Write("READINESS.md", "# Quality\n\n" + checklist);
        return CheckPipeline.Run(new ReadinessOptions { Workspace = _workspace.Root }).Report.Claims.Single(c => c.Kind == "other_metric");
    }
}
