using System.CommandLine;

using ReadinessAction.Configuration;
using ReadinessAction.Pipeline;
using ReadinessAction.Reporting;

namespace ReadinessAction.Hosts.Cli;

internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var workspace = new Option<string>("--workspace") { Description = "Repository root to check.", DefaultValueFactory = _ => "." };
        var checklist = new Option<string[]>("--checklist") { Description = "Checklist glob, relative to the workspace (repeatable; replaces the defaults)." };
        var config = new Option<string?>("--config") { Description = "Configuration file (default: .github/readiness.yml, .azuredevops/readiness.yml or .readiness.yml when present)." };
        var format = new Option<string>("--format") { Description = "Output format: text, json or markdown.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var output = new Option<string?>("--output") { Description = "Write the report to this file instead of standard output." };
        var coverage = new Option<string[]>("--coverage") { Description = "Coverage report glob, relative to the workspace (repeatable)." };
        var testResults = new Option<string[]>("--test-results") { Description = "Test result glob, relative to the workspace (repeatable)." };
        var findings = new Option<string[]>("--findings") { Description = "Lint, static-analysis or vulnerability report glob (SARIF, ESLint JSON, npm audit, dotnet list package; repeatable)." };
        var baseBranch = new Option<string?>("--base-branch") { Description = "Branch the gate policy is chosen for (the pull request's base branch)." };

        var command = new Command("check", "Find readiness checklists, extract their claims and judge them.")
        {
            workspace, checklist, config, format, output, coverage, testResults, findings, baseBranch,
        };
        // On a worker thread, so that SIGTERM / Ctrl+C cancel the token while the judgement runs.
        command.SetAction((parse, ct) => Task.Run(() =>
        {
            var outcome = ConfiguredCheck.Run(() => ReadinessConfigLoader.Load(new ConfigurationRequest(parse.GetValue(workspace)!)
            {
                ConfigFile = parse.GetValue(config),
                ConfigFileMayBeOutsideWorkspace = true,
                Environment = ConfigurationRequest.ProcessEnvironment(),
                CommandLine = new Dictionary<string, IReadOnlyList<string>>
                {
                    ["checklists"] = parse.GetValue(checklist) ?? [],
                    ["coverage"] = parse.GetValue(coverage) ?? [],
                    ["test_results"] = parse.GetValue(testResults) ?? [],
                    ["findings"] = parse.GetValue(findings) ?? [],
                    ["base_branch"] = parse.GetValue(baseBranch) is { } branch ? [branch] : [],
                },
            }), options => CheckPipeline.Run(options, ct));
            if (outcome.Report.NotJudgedReason == NotJudgedReasons.ConfigurationInvalid)
            {
                stderr.WriteLine($"error: {outcome.Report.Gate.Reason}");
            }

            var rendered = parse.GetValue(format) switch
            {
                "json" => JsonReportRenderer.Render(outcome.Report),
                "markdown" => new MarkdownReportRenderer().Render(outcome.Report, new Diagnostics.DiagnosticBag()),
                _ => TextReportRenderer.Render(outcome.Report),
            };
            ReportOutput.Write(rendered, parse.GetValue(output), parse.GetValue(workspace)!, stdout, stderr);
            return outcome.ExitCode;
        }, ct));
        return command;
    }
}
