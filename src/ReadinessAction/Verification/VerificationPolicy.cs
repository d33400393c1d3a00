namespace ReadinessAction.Verification;

/// <summary>Tolerances: an exact coverage claim within 0.5 points, a completion percentage within 5 points, is verified.</summary>
public sealed record VerificationPolicy(double CoveragePoints = 0.5, double CompletionPoints = 5)
{
    public static VerificationPolicy Default { get; } = new();
}
