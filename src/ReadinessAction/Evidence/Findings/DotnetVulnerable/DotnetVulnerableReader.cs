using System.Text.Json;

namespace ReadinessAction.Evidence.Findings.DotnetVulnerable;

/// <summary>
/// <c>dotnet list package --vulnerable [--include-transitive] --format json</c>. An advisory on a package version
/// counts once, however many projects and target frameworks reference that version.
/// </summary>
public sealed class DotnetVulnerableReader : JsonFindingsReader
{
    public override string Format => "dotnet-vulnerable";

    protected override IReadOnlyList<string> Markers { get; } = ["\"parameters\"", "--vulnerable"];

    protected override string Expected => "projects";

    protected override (IReadOnlyList<Finding> Findings, IReadOnlyList<string> Tools)? ReadFindings(Stream utf8)
    {
        if (JsonSerializer.Deserialize(utf8, DotnetPackageJsonContext.Default.DotnetPackageReport)?.Projects is not { } projects)
        {
            return null;
        }

        var findings = projects
            .SelectMany(p => p.Frameworks ?? [])
            .SelectMany(f => (f.TopLevelPackages ?? []).Concat(f.TransitivePackages ?? []))
            .SelectMany(p => (p.Vulnerabilities ?? []).Select(v => (Package: $"{p.Id} {p.ResolvedVersion}", v.Severity, v.AdvisoryUrl)))
            .Distinct()
            .Select(v => new Finding("dotnet list package", FindingCategory.Vulnerability, FindingLevels.Severity(v.Severity), v.AdvisoryUrl, v.Package))
            .ToList();
        return (findings, ["dotnet list package"]);
    }
}
