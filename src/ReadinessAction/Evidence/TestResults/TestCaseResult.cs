namespace ReadinessAction.Evidence.TestResults;

/// <summary>One raw test case entry. Suite and ClassName are "" when the format has none.</summary>
/// <param name="DurationSeconds">Kept to a tenth of a millisecond (a million cases are held at once).</param>
/// <param name="Flaky">
/// Part of a retried test that passed in the end: a passed case whose report lists failed attempts (Surefire's
/// flakyFailure), or, when a report repeats a test, the failed runs before its last, passed run.
/// </param>
public sealed record TestCaseResult(
    string Suite,
    string ClassName,
    string Name,
    TestOutcome Outcome,
    double? DurationSeconds,
    IReadOnlyList<string> Categories,
    bool Flaky = false)
{
    private const double TicksPerSecond = 10_000;

    // A double? takes 16 bytes of every record; tenths of a millisecond fit in 4 (up to 119 hours), uint.MaxValue is "none".
    private readonly uint _duration = EncodeDuration(DurationSeconds);

    public double? DurationSeconds
    {
        get => DecodeDuration(_duration);
        init => _duration = EncodeDuration(value);
    }

    internal static double? DecodeDuration(uint ticks) => ticks == uint.MaxValue ? null : ticks / TicksPerSecond;

    internal static uint EncodeDuration(double? seconds) => seconds is { } s && double.IsFinite(s) && s >= 0
        ? (uint)Math.Min(Math.Round(s * TicksPerSecond), uint.MaxValue - 1)
        : uint.MaxValue;
}
