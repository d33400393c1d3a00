using System.CommandLine;

using ReadinessAction.Pipeline;

namespace ReadinessAction.Hosts.Cli;

/// <summary>The local CLI: <c>readiness check</c>, <c>readiness evidence</c>.</summary>
public static class CliApplication
{
    /// <param name="commands">Where the Action writes its own workflow commands; <paramref name="stdout"/> when null.</param>
    public static int Invoke(string[] args, TextWriter stdout, TextWriter stderr, TextWriter? commands = null)
    {
        var root = new RootCommand("ReadinessAction: checks the claims of production readiness checklists against CI evidence.")
        {
            CheckCommand.Create(stdout, stderr),
            EvidenceCommand.Create(stdout, stderr),
            ActionCommand.Create(commands ?? stdout, stderr),
            DevCommand.Create(stdout),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }

            stderr.WriteLine("Run 'readiness --help' for usage.");
            return ExitCodes.NotJudged;
        }

        return parsed.Invoke(new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            EnableDefaultExceptionHandler = false,

            // SIGTERM / Ctrl+C cancel the action's token; the Action then has this long to leave a final status.
            ProcessTerminationTimeout = TimeSpan.FromSeconds(10),
        });
    }
}
