using ReadinessAction.Evidence.Findings;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Evidence.Findings;

public sealed class FindingsReaderTests
{
    [Fact]
    public void Sarif_counts_failing_unsuppressed_results_and_reads_security_severity_as_vulnerabilities()
    {
        var read = ArtifactFixture.Text("""
            {"version":"2.1.0","$schema":"https://json.schemastore.org/sarif-2.1.0.json","runs":[{
              "tool":{"driver":{"name":"CodeQL","rules":[
                {"id":"js/sql-injection","properties":{"security-severity":"8.8"}},
                {"id":"js/unused-local-variable","defaultConfiguration":{"level":"note"}},
                {"id":"js/xss","properties":{"security-severity":"9.6"}}]}},
              "results":[
                {"ruleId":"js/sql-injection","ruleIndex":0,"level":"error","locations":[{"physicalLocation":{"artifactLocation":{"uri":"src/db.js"}}}]},
                {"ruleId":"js/unused-local-variable","ruleIndex":1},
                {"ruleId":"js/unused-local-variable","ruleIndex":1,"level":"warning"},
                {"ruleId":"js/xss","ruleIndex":2,"suppressions":[{"kind":"inSource"}]},
                {"ruleId":"js/xss","ruleIndex":2,"kind":"pass"}]}]}
            """, "codeql.sarif");

        Assert.Equal("sarif", read.Reader!.Format);
        var findings = read.Evidence!.Findings!.Items;
        Assert.Equal(3, findings.Count);
        Assert.Equal(new Finding("CodeQL", FindingCategory.Vulnerability, "high", "js/sql-injection", "src/db.js"), findings[0]);
        Assert.Equal(["note", "warning"], findings.Skip(1).Select(f => f.Level));
    }

    [Fact]
    public void Eslint_json_fatal_parse_errors_are_errors()
    {
        var read = ArtifactFixture.Text("""
            [{"filePath":"/repo/src/a.js","messages":[{"ruleId":null,"fatal":true,"severity":2,"message":"Parsing error"}],"errorCount":1,"fatalErrorCount":1,"warningCount":0},
             {"filePath":"/repo/src/b.js","messages":[],"errorCount":0,"fatalErrorCount":0,"warningCount":0}]
            """, "eslint.json");

        Assert.Equal("eslint-json", read.Reader!.Format);
        Assert.Equal("error", Assert.Single(read.Evidence!.Findings!.Items).Level);
    }

    [Fact]
    public void Npm_audit_counts_vulnerable_packages_by_severity_with_moderate_as_medium()
    {
        var read = ArtifactFixture.Text("""
            {"auditReportVersion":2,"vulnerabilities":{"esbuild":{"name":"esbuild","severity":"moderate","isDirect":false}},
             "metadata":{"vulnerabilities":{"info":0,"low":0,"moderate":7,"high":1,"critical":0,"total":8},"dependencies":{"total":420}}}
            """, "audit.json");

        Assert.Equal("npm-audit", read.Reader!.Format);
        var items = read.Evidence!.Findings!.Items;
        Assert.Equal((7, 1, 8), (items.Count(f => f.Level == "medium"), items.Count(f => f.Level == "high"), items.Count));
        Assert.Equal("1 high, 7 medium", FindingSet.Describe(items));
    }

    [Fact]
    public void Dotnet_vulnerable_counts_an_advisory_on_a_package_version_once_across_frameworks()
    {
        var read = ArtifactFixture.Text("""
            {"version":1,"parameters":"--vulnerable --include-transitive","projects":[{"path":"/repo/src/Api/Api.csproj","frameworks":[
              {"framework":"net8.0","topLevelPackages":[{"id":"System.Text.Json","requestedVersion":"8.0.0","resolvedVersion":"8.0.0",
                "vulnerabilities":[{"severity":"High","advisoryurl":"https://github.com/advisories/GHSA-8g4q-xg66-9fp4"}]}],
               "transitivePackages":[{"id":"System.Net.Http","resolvedVersion":"4.3.0","vulnerabilities":[{"severity":"Moderate","advisoryurl":"https://github.com/advisories/GHSA-7jgj-8wvc-jh57"}]}]},
              {"framework":"net9.0","topLevelPackages":[{"id":"System.Text.Json","requestedVersion":"8.0.0","resolvedVersion":"8.0.0",
                "vulnerabilities":[{"severity":"High","advisoryurl":"https://github.com/advisories/GHSA-8g4q-xg66-9fp4"}]}]}]}]}
            """, "vulnerable.json");

        Assert.Equal("dotnet-vulnerable", read.Reader!.Format);
        Assert.Equal("1 high, 1 medium", FindingSet.Describe(read.Evidence!.Findings!.Items));
    }

    [Fact]
    public void A_clean_audit_is_read_as_no_findings_not_as_an_empty_file()
    {
        var read = ArtifactFixture.Text("""
            {"auditReportVersion":2,"vulnerabilities":{},"metadata":{"vulnerabilities":{"info":0,"low":0,"moderate":0,"high":0,"critical":0,"total":0}}}
            """, "audit.json");

        Assert.Empty(read.Evidence!.Findings!.Items);
        Assert.DoesNotContain(read.Diagnostics, d => d.Severity != ReadinessAction.Diagnostics.DiagnosticSeverity.Info);
    }
}
