using System.CommandLine;

using ReadinessAction.Diagnostics;
using ReadinessAction.Evidence;
using ReadinessAction.Pipeline;
using ReadinessAction.Reporting;

namespace ReadinessAction.Hosts.Cli;

/// <summary><c>readiness evidence</c>: reads coverage and test-result artifacts and prints what they say.</summary>
internal static class EvidenceCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var workspace = new Option<string>("--workspace") { Description = "Repository root; artifacts outside it are never read.", DefaultValueFactory = _ => "." };
        var coverage = new Option<string[]>("--coverage") { Description = "Coverage report glob, relative to the workspace (repeatable).", AllowMultipleArgumentsPerToken = false };
        var testResults = new Option<string[]>("--test-results") { Description = "Test result glob, relative to the workspace (repeatable).", AllowMultipleArgumentsPerToken = false };
        var findings = new Option<string[]>("--findings") { Description = "Lint, static-analysis or vulnerability report glob (repeatable).", AllowMultipleArgumentsPerToken = false };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var output = new Option<string?>("--output") { Description = "Write the report to this file instead of standard output." };

        var command = new Command("evidence", "Read coverage, test-result and findings artifacts and print the totals found, per artifact and merged.")
        {
            workspace, coverage, testResults, findings, format, output,
        };
        command.SetAction(parse =>
        {
            var coverageGlobs = parse.GetValue(coverage) ?? [];
            var testGlobs = parse.GetValue(testResults) ?? [];
            var findingGlobs = parse.GetValue(findings) ?? [];
            if (coverageGlobs.Length == 0 && testGlobs.Length == 0 && findingGlobs.Length == 0)
            {
                throw new ReadinessUsageException("give at least one --coverage, --test-results or --findings glob");
            }

            var bundle = new EvidenceCollector().Collect(parse.GetValue(workspace)!, coverageGlobs, testGlobs, findingGlobs);
            var report = EvidenceReport.From(bundle);
            var rendered = parse.GetValue(format) == "json" ? EvidenceJsonRenderer.Render(report) + Environment.NewLine : EvidenceTextRenderer.Render(report);
            if (parse.GetValue(output) is { } file)
            {
                Write(file, rendered);
            }
            else
            {
                stdout.Write(rendered);
            }

            if (bundle.Artifacts.Count > 0)
            {
                return ExitCodes.Pass;
            }

            var why = bundle.UnmatchedGlobs.Count > 0 ? $"; {string.Join(", ", bundle.UnmatchedGlobs)} matched no file" : "; every matched file was unusable (see the diagnostics)";
            stderr.WriteLine($"error: no evidence was read{why}");
            return ExitCodes.NotJudged;
        });
        return command;
    }

    private static void Write(string file, string content)
    {
        try
        {
            File.WriteAllText(file, content);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReadinessUsageException($"cannot write --output '{file}': {e.Message}", e);
        }
    }
}
