namespace ReadinessAction.Evidence;

/// <summary>The ordered list of artifact readers; the first whose CanRead accepts the sniffed content reads it.</summary>
public sealed class ArtifactReaderRegistry
{
    public ArtifactReaderRegistry(IEnumerable<IArtifactReader> readers)
    {
        Readers = [.. readers];
    }

    public IReadOnlyList<IArtifactReader> Readers { get; }

    /// <summary>Every reader the product ships, most specific first.</summary>
    public static ArtifactReaderRegistry CreateDefault() => new(
    [
        // Readers are registered here, one line each.
        new Coverage.Clover.CloverReader(),
        new Coverage.Cobertura.CoberturaReader(),
        new Coverage.JaCoCo.JaCoCoReader(),
        new Coverage.OpenCover.OpenCoverReader(),
        new Coverage.Lcov.LcovReader(),
        new Coverage.GoCover.GoCoverReader(),
    ]);

    public IArtifactReader? Find(ArtifactSniff sniff, ArtifactKind? expected = null) =>
        Readers.FirstOrDefault(r => (expected is null || r.Kind == expected) && r.CanRead(sniff));
}
