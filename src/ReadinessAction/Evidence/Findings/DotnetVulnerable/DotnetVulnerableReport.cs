using System.Text.Json.Serialization;

namespace ReadinessAction.Evidence.Findings.DotnetVulnerable;

/// <summary><c>dotnet list package --vulnerable --format json</c>: projects, their frameworks, packages and advisories.</summary>
internal sealed record DotnetPackageReport(string? Parameters, IReadOnlyList<DotnetProject>? Projects);

internal sealed record DotnetProject(string? Path, IReadOnlyList<DotnetFramework>? Frameworks);

internal sealed record DotnetFramework(IReadOnlyList<DotnetPackage>? TopLevelPackages, IReadOnlyList<DotnetPackage>? TransitivePackages);

internal sealed record DotnetPackage(string? Id, string? ResolvedVersion, IReadOnlyList<DotnetAdvisory>? Vulnerabilities);

internal sealed record DotnetAdvisory(string? Severity, [property: JsonPropertyName("advisoryurl")] string? AdvisoryUrl);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DotnetPackageReport))]
internal sealed partial class DotnetPackageJsonContext : JsonSerializerContext;
