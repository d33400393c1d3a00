using ReadinessAction.Diagnostics;
using ReadinessAction.Pipeline;

namespace ReadinessAction.Hosts.Cli;

/// <summary>The process entry: the one place the exit code is decided for errors that end a run.</summary>
public static class CliEntryPoint
{
    /// <param name="stdout">The raw console: only our own workflow commands reach it unfiltered.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        using var text = new WorkflowCommandNeutralizer(stdout);
        using var errors = new WorkflowCommandNeutralizer(stderr);
        try
        {
            return CliApplication.Invoke(args, text, errors, commands: stdout);
        }
        catch (ReadinessUsageException e)
        {
            errors.WriteLine($"error: {e.Message}");
            return ExitCodes.NotJudged;
        }
        catch (OperationCanceledException)
        {
            // SIGTERM or Ctrl+C (a cancelled job): expected, so one line and no stack trace.
            errors.WriteLine("error: readiness was cancelled before it finished; nothing was judged.");
            return ExitCodes.NotJudged;
        }
        catch (Exception e)
        {
            // A bug: the full exception is useful to us, but a user sees one line first.
            errors.WriteLine($"error: readiness crashed ({e.GetType().Name}: {e.Message}). Please report this with the details below.");
            errors.WriteLine(e);
            return ExitCodes.NotJudged;
        }
    }
}
