using System.CommandLine;

namespace ReadinessAction.Hosts.Cli;

/// <summary><c>readiness dev</c>: tools for the people who develop the recogniser, not for gating.</summary>
internal static class DevCommand
{
    public static Command Create(TextWriter stdout) => new("dev", "Developer tools (measuring the claim recogniser).")
    {
        ScoreClaimsCommand.Create(stdout),
    };
}
