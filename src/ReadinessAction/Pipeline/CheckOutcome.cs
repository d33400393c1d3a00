using ReadinessAction.Reporting;

namespace ReadinessAction.Pipeline;

/// <summary>The report of a run and the exit code it implies (see <see cref="ExitCodes"/>).</summary>
public sealed record CheckOutcome(ReadinessReport Report, int ExitCode);
