using ReadinessAction.Tests.Evidence.Conformance;

namespace ReadinessAction.Tests.Support;

public sealed class CorpusExpectationsLoadTests
{
    [Fact]
    public void Every_corpus_row_names_an_existing_file()
    {
        Assert.NotEmpty(CorpusExpectations.All);
        var missing = CorpusExpectations.All.Where(r => !File.Exists(r.FullPath(CorpusExpectations.CorpusRoot))).ToList();
        Assert.Empty(missing);
    }
}
