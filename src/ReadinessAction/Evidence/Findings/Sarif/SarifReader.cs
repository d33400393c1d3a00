using System.Globalization;
using System.Text.Json;

namespace ReadinessAction.Evidence.Findings.Sarif;

/// <summary>
/// SARIF 2.1 (ESLint's SARIF formatter, CodeQL, Semgrep, Trivy, Grype, .NET analyzers' ErrorLog). A result counts
/// as GitHub code scanning counts it: kind "fail" (the default), not suppressed, its level from the result, else
/// from the rule's default configuration, else "warning". A rule with a <c>security-severity</c> score makes its
/// results vulnerabilities, banded like CVSS (9 critical, 7 high, 4 medium).
/// </summary>
public sealed class SarifReader : JsonFindingsReader
{
    public override string Format => "sarif";

    protected override IReadOnlyList<string> Markers { get; } = ["\"runs\""];

    protected override string Expected => "runs";

    public override bool CanRead(ArtifactSniff sniff) =>
        base.CanRead(sniff)
        && (sniff.Head.Contains("sarif", StringComparison.OrdinalIgnoreCase) || sniff.Head.Contains("\"2.1.0\"", StringComparison.Ordinal));

    protected override (IReadOnlyList<Finding> Findings, IReadOnlyList<string> Tools)? ReadFindings(Stream utf8)
    {
        if (JsonSerializer.Deserialize(utf8, SarifJsonContext.Default.SarifLog)?.Runs is not { } runs)
        {
            return null;
        }

        var findings = new List<Finding>();
        var tools = new List<string>();
        foreach (var run in runs)
        {
            var tool = run.Tool?.Driver?.Name is { Length: > 0 } name ? name : "SARIF";
            tools.Add(tool);
            var rules = run.Tool?.Driver?.Rules ?? [];
            findings.AddRange((run.Results ?? [])
                .Where(r => r.Kind is null or "fail" && r.Suppressions is not { Count: > 0 })
                .Select(r => ToFinding(tool, r, RuleOf(r, rules))));
        }

        return (findings, tools);
    }

    private static SarifRule? RuleOf(SarifResult result, IReadOnlyList<SarifRule> rules) =>
        result.RuleIndex is { } i && i >= 0 && i < rules.Count ? rules[i] : rules.FirstOrDefault(r => r.Id == result.RuleId);

    private static Finding ToFinding(string tool, SarifResult result, SarifRule? rule)
    {
        var location = result.Locations is { Count: > 0 } locations ? locations[0].PhysicalLocation?.ArtifactLocation?.Uri : null;
        if (SecuritySeverity(rule) is { } score)
        {
            return new Finding(tool, FindingCategory.Vulnerability, FindingLevels.FromScore(score), result.RuleId ?? rule?.Id, location);
        }

        var level = (result.Level ?? rule?.DefaultConfiguration?.Level ?? "warning").ToLowerInvariant();
        return new Finding(tool, FindingCategory.Lint, level == "none" ? "note" : level, result.RuleId ?? rule?.Id, location);
    }

    private static double? SecuritySeverity(SarifRule? rule)
    {
        if (rule?.Properties is not { } properties || !properties.TryGetValue("security-severity", out var value))
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : value.ValueKind == JsonValueKind.Number ? value.GetRawText() : null;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var score) ? score : null;
    }
}
