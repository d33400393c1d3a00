namespace ReadinessAction.Verification;

/// <summary>Tolerances: an exact coverage claim within 0.5 points, a completion percentage within 5 points, is verified.</summary>
/// <param name="FlakyPasses">
/// A test that failed and then passed on a retry counts as passed (it is reported as flaky); false counts it as
/// failed, so "100% passing" does not hold while a test needed a retry.
/// </param>
public sealed record VerificationPolicy(double CoveragePoints = 0.5, double CompletionPoints = 5, bool FlakyPasses = true)
{
    public static VerificationPolicy Default { get; } = new();
}
