namespace ReadinessAction.Tests.RealProducers;

/// <summary>Test counts as a test runner printed them on its console.</summary>
public sealed record PrintedTestTotals(int Total, int Passed, int Failed, int Skipped);
