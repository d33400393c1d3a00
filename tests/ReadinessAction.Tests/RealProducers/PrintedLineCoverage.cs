namespace ReadinessAction.Tests.RealProducers;

/// <summary>Line coverage as a coverage tool printed it: the rounded percentage and the exact counts.</summary>
public sealed record PrintedLineCoverage(double Percent, long Covered, long Valid);
