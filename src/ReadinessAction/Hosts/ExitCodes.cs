using ReadinessAction.Diagnostics;
using ReadinessAction.Hosts.Cli;

namespace ReadinessAction.Hosts;

/// <summary>The one place the process exit code is decided: 0 gate passes, 1 gate fails, 2 not judged.</summary>
public static class ExitCodes
{
    public const int Pass = 0;
    public const int Fail = 1;
    public const int NotJudged = 2;

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
            return NotJudged;
        }
        catch (OperationCanceledException)
        {
            // SIGTERM or Ctrl+C (a cancelled job): expected, so one line and no stack trace.
            errors.WriteLine("error: readiness was cancelled before it finished; nothing was judged.");
            return NotJudged;
        }
        catch (Exception e)
        {
            // A bug: the full exception is useful to us, but a user sees one line first.
            errors.WriteLine($"error: readiness crashed ({e.GetType().Name}: {e.Message}). Please report this with the details below.");
            errors.WriteLine(e);
            return NotJudged;
        }
    }
}
