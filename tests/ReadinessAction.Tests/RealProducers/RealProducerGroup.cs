namespace ReadinessAction.Tests.RealProducers;

/// <summary>The tests that share one run of the real producers.</summary>
[CollectionDefinition(Name)]
public sealed class RealProducerGroup : ICollectionFixture<RealProducerArtifacts>
{
    public const string Name = "Real producers";
}
