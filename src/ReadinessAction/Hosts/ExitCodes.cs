using ReadinessAction.Diagnostics;
using ReadinessAction.Hosts.Cli;

namespace ReadinessAction.Hosts;

/// <summary>The one place the process exit code is decided: 0 gate passes, 1 gate fails, 2 not judged.</summary>
public static class ExitCodes
{
    public const int Pass = 0;
    public const int Fail = 1;
    public const int NotJudged = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            return CliApplication.Invoke(args, stdout, stderr);
        }
        catch (ReadinessUsageException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return NotJudged;
        }
        catch (Exception e)
        {
            // A bug: the full exception is useful to us, but a user sees one line first.
            stderr.WriteLine($"error: readiness crashed ({e.GetType().Name}: {e.Message}). Please report this with the details below.");
            stderr.WriteLine(e);
            return NotJudged;
        }
    }
}
