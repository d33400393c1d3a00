using ReadinessAction.Diagnostics;
using ReadinessAction.Pipeline;

namespace ReadinessAction.Hosts.Cli;

/// <summary>The process entry: the one place the exit code is decided for errors that end a run.</summary>
public static class CliEntryPoint
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            return CliApplication.Invoke(args, stdout, stderr);
        }
        catch (ReadinessUsageException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return ExitCodes.NotJudged;
        }
        catch (Exception e)
        {
            // A bug: the full exception is useful to us, but a user sees one line first.
            stderr.WriteLine($"error: readiness crashed ({e.GetType().Name}: {e.Message}). Please report this with the details below.");
            stderr.WriteLine(e);
            return ExitCodes.NotJudged;
        }
    }
}
