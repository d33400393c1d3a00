using System.Text.Json;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.Findings.Eslint;

/// <summary>ESLint's JSON formatter: severity 2 is an error, 1 a warning; a fatal message (a parse error) is an error.</summary>
public sealed class EslintReader : IArtifactReader
{
    public string Format => "eslint-json";

    public ArtifactKind Kind => ArtifactKind.Findings;

    public bool CanRead(ArtifactSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        var head = sniff.Head;
        return sniff.LooksLikeJson && head.TrimStart().StartsWith('[')
            && head.Contains("\"filePath\"", StringComparison.Ordinal)
            && head.Contains("\"messages\"", StringComparison.Ordinal)
            && head.Contains("\"errorCount\"", StringComparison.Ordinal);
    }

    public ArtifactEvidence? Read(Stream content, string path, DiagnosticBag diagnostics) =>
        JsonArtifact.Read(content, path, diagnostics, utf8 =>
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
            return FindingsArtifact.Create(path, Format, findings, ["ESLint"]);
        });
}
