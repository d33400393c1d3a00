using ReadinessAction.Hosts.Cli;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Claims.Scoring;

/// <summary>
/// The recogniser on the labelled corpus of real checklists (tests/corpus/claims). The floors are the figures reached so
/// far, rounded down: raise them as recognition improves, never lower them.
/// </summary>
public sealed class ClaimsCorpusScoreTests
{
    private const double RecallFloor = 0.923;
    private const double PrecisionFloor = 0.943;
    private const double AssertedFloor = 0.97;

    private static readonly Lazy<ClaimCorpus> Corpus = new(() => ClaimCorpus.Load(Path.Combine(RepositoryPaths.Corpus, "claims")));

    [Fact]
    public void The_corpus_is_complete_in_the_repository()
    {
        Assert.Equal(30, Corpus.Value.Checklists.Count);
        Assert.Equal(2093, Corpus.Value.Labels.Count);
    }

    [Fact]
    public void Recall_and_precision_on_the_labelled_corpus_stay_above_their_floors()
    {
        var score = Corpus.Value.Score();
        var table = ScoreClaimsCommand.Render(score, details: false, kind: null, file: null);

        Assert.True(score.Overall.Recall >= RecallFloor, $"recall {score.Overall.Recall:0.000} < {RecallFloor}\n{table}");
        Assert.True(score.Overall.Precision >= PrecisionFloor, $"precision {score.Overall.Precision:0.000} < {PrecisionFloor}\n{table}");
        Assert.True(score.Overall.AssertedAgreement >= AssertedFloor, $"asserted agreement {score.Overall.AssertedAgreement:0.000} < {AssertedFloor}\n{table}");
    }

    [Fact]
    public void Every_disputed_row_names_a_label_of_the_corpus()
    {
        var labels = Corpus.Value.Labels.Select(l => (l.File, l.Line, l.Kind)).ToHashSet();

        Assert.All(Corpus.Value.Disputed, d => Assert.Contains(d, labels));
    }
}
