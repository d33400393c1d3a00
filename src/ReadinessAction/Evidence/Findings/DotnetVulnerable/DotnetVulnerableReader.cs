using System.Text.Json;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.Findings.DotnetVulnerable;

/// <summary>
/// <c>dotnet list package --vulnerable [--include-transitive] --format json</c>. An advisory on a package version
/// counts once, however many projects and target frameworks reference that version.
/// </summary>
public sealed class DotnetVulnerableReader : IArtifactReader
{
    public string Format => "dotnet-vulnerable";

    public ArtifactKind Kind => ArtifactKind.Findings;

    public bool CanRead(ArtifactSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        var head = sniff.Head;
        return sniff.LooksLikeJson && head.Contains("\"parameters\"", StringComparison.Ordinal)
            && head.Contains("--vulnerable", StringComparison.Ordinal);
    }

    public ArtifactEvidence? Read(Stream content, string path, DiagnosticBag diagnostics) =>
        JsonArtifact.Read(content, path, diagnostics, utf8 =>
        {
            var report = JsonSerializer.Deserialize(utf8, DotnetPackageJsonContext.Default.DotnetPackageReport);
            if (report?.Projects is not { } projects)
            {
                diagnostics.Error("not-dotnet-vulnerable", "JSON without projects is not a dotnet list package report; file not used", path);
                return null;
            }

            var findings = projects
                .SelectMany(p => p.Frameworks ?? [])
                .SelectMany(f => (f.TopLevelPackages ?? []).Concat(f.TransitivePackages ?? []))
                .SelectMany(p => (p.Vulnerabilities ?? []).Select(v => (Package: $"{p.Id} {p.ResolvedVersion}", v.Severity, v.AdvisoryUrl)))
                .Distinct()
                .Select(v => new Finding("dotnet list package", FindingCategory.Vulnerability, FindingLevels.Severity(v.Severity), v.AdvisoryUrl, v.Package))
                .ToList();
            return FindingsArtifact.Create(path, Format, findings, ["dotnet list package"]);
        });
}
