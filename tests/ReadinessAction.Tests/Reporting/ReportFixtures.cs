using System.Text.Json;

using ReadinessAction.Reporting;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Reporting;

/// <summary>Reports of Fixtures/Reporting/NNN-case.json, and reports made up in code.</summary>
internal static class ReportFixtures
{
    public static ReportContext GitHubContext { get; } = new(
        "https://github.com/octo/repo",
        "0123456789abcdef0123456789abcdef01234567",
        "https://github.com/octo/repo/actions/runs/42",
        "readiness");

    public static IEnumerable<string> CaseNames() =>
        Directory.GetFiles(RepositoryPaths.Fixture("Reporting"), "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    public static ReadinessReport Load(string caseName) =>
        JsonSerializer.Deserialize(File.ReadAllText(RepositoryPaths.Fixture("Reporting", caseName + ".json")), ReportJsonContext.Default.ReadinessReport)
            ?? throw new InvalidOperationException($"{caseName}.json holds no report");

    public static ReadinessReport WithClaims(int count, string status = "verified", int contradicted = 0)
    {
        var claims = Enumerable.Range(1, count)
            .Select(i => new ClaimReport(
                i % 2 == 0 ? "docs/PRODUCTION_READINESS.md" : "services/api/READINESS.md",
                i,
                "coverage",
                true,
                $"Claim number {i}: module {i} has 80% line coverage and all of its tests pass",
                i <= contradicted ? "contradicted" : status,
                "80%",
                i <= contradicted ? "41.5%" : "82.0%",
                $"Line coverage of src/module{i} is {(i <= contradicted ? "41.5" : "82.0")}% in coverage/cobertura.xml.",
                "Quality"))
            .ToList();
        return new ReadinessReport(
            contradicted > 0 ? "fail" : "pass",
            new GateReport(contradicted > 0 ? "fail" : "pass", $"{contradicted} claims are contradicted.", "main", ["contradicted"]),
            [new ChecklistReport("docs/PRODUCTION_READINESS.md", count, count), new ChecklistReport("services/api/READINESS.md", count, count)],
            claims,
            new StatusSummary(count - contradicted, contradicted, 0, 0, 0, 0),
            []);
    }
}
