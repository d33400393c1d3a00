using System.CommandLine;

using ReadinessAction.Hosts.AzurePipelines;
using ReadinessAction.Hosts.GitHubActions;

namespace ReadinessAction.Hosts.Cli;

/// <summary><c>readiness action</c>: the entry point of the GitHub Action and of the Azure Pipelines step (TF_BUILD=True). Inputs come from INPUT_* variables only.</summary>
internal static class ActionCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("action", "Run as the GitHub Action (reads INPUT_* and GITHUB_* environment variables).");
        command.SetAction((_, ct) =>
        {
            var services = ActionRunnerServices.FromProcess(stdout, stderr);
            return AzurePipelinesEnvironment.IsPresent(services.Environment.GetValueOrDefault)
                ? new AzureRunner(services).RunAsync(ct)
                : new ActionRunner(services).RunAsync(ct);
        });
        return command;
    }
}
