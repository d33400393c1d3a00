namespace ReadinessAction.Tests.Evidence.Coverage;

/// <summary>Tests that measure the process's live heap run alone: other tests' allocations would count as theirs.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurementGroup
{
    public const string Name = "memory measurement";
}
