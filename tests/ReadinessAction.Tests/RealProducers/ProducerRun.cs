namespace ReadinessAction.Tests.RealProducers;

/// <summary>What one producer process did: its exit code and everything it printed, stdout and stderr interleaved.</summary>
public sealed record ProducerRun(string Command, int ExitCode, string Output, TimeSpan Elapsed);
