namespace ReadinessAction.Tests.Evidence.Conformance;

/// <summary>One row of a peer's EXPECTED.tsv: the numbers the peer's own test suite asserts for one artifact.</summary>
public sealed record CorpusExpectation(
    string Source,
    string File,
    string Format,
    string Kind,
    string Outcome,
    IReadOnlyDictionary<string, long?> Numbers,
    string Notes,
    string PeerCounting = "",
    double? LineRate = null)
{
    public string FullPath(string corpusRoot) => Path.Combine(corpusRoot, Source, File);

    public long? this[string column] => Numbers.TryGetValue(column, out var value) ? value : null;

    public override string ToString() => $"{Source}/{File}";
}
