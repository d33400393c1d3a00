using System.CommandLine;

using ReadinessAction.Hosts.GitHubActions;

namespace ReadinessAction.Hosts.Cli;

/// <summary><c>readiness action</c>: the GitHub Action's entry point. Inputs come from INPUT_* variables only.</summary>
internal static class ActionCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("action", "Run as the GitHub Action (reads INPUT_* and GITHUB_* environment variables).");
        command.SetAction((_, ct) => new ActionRunner(ActionRunnerServices.FromProcess(stdout, stderr)).RunAsync(ct));
        return command;
    }
}
