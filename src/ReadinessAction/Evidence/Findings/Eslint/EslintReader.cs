using System.Text.Json;

namespace ReadinessAction.Evidence.Findings.Eslint;

/// <summary>ESLint's JSON formatter: severity 2 is an error, 1 a warning; a fatal message (a parse error) is an error.</summary>
public sealed class EslintReader : JsonFindingsReader
{
    public override string Format => "eslint-json";

    protected override IReadOnlyList<string> Markers { get; } = ["\"filePath\"", "\"messages\"", "\"errorCount\""];

    protected override string Expected => "a list of files";

    public override bool CanRead(ArtifactSniff sniff) => base.CanRead(sniff) && sniff.Head.TrimStart().StartsWith('[');

    protected override (IReadOnlyList<Finding> Findings, IReadOnlyList<string> Tools)? ReadFindings(Stream utf8)
    {
        var files = JsonSerializer.Deserialize(utf8, EslintJsonContext.Default.ListEslintFile) ?? [];
        var findings = files
            .SelectMany(f => (f.Messages ?? []).Select(m => new Finding(
                "ESLint",
                FindingCategory.Lint,
                m.Fatal == true || m.Severity == 2 ? "error" : "warning",
                m.RuleId,
                f.FilePath)))
            .ToList();
        return (findings, ["ESLint"]);
    }
}
