using System.CommandLine;

namespace ReadinessAction.Hosts.Cli;

internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var workspace = new Option<string>("--workspace") { Description = "Repository root to check.", DefaultValueFactory = _ => "." };
        var checklist = new Option<string[]>("--checklist") { Description = "Checklist glob, relative to the workspace (repeatable; replaces the defaults).", AllowMultipleArgumentsPerToken = false };
        var config = new Option<string?>("--config") { Description = "Configuration file (default: .github/readiness.yml when present)." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var output = new Option<string?>("--output") { Description = "Write the report to this file instead of standard output." };

        var command = new Command("check", "Find readiness checklists, extract their claims and judge them.")
        {
            workspace, checklist, config, format, output,
        };
        command.SetAction(parse =>
        {
            stdout.WriteLine($"workspace {parse.GetValue(workspace)}");
            _ = stderr;
            return ExitCodes.Pass;
        });
        return command;
    }
}
