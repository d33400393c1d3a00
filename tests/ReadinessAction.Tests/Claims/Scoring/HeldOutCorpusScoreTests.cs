using ReadinessAction.Hosts.Cli;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Claims.Scoring;

/// <summary>
/// The recogniser on real checklists labelled blind after its rules were written: claims-holdout (rules are tuned on
/// it) and claims-unseen (no rule is tuned on it). These measure how the rules generalise. The floors are the figures
/// reached so far, rounded down: raise them as recognition improves, never lower them.
/// </summary>
public sealed class HeldOutCorpusScoreTests
{
    [Theory]
    [InlineData("claims-holdout", 16, 0.734, 0.833)]
    [InlineData("claims-unseen", 16, 0.538, 0.712)]
    public void Recall_and_precision_on_checklists_labelled_after_the_rules_stay_above_their_floors(string corpus, int checklists, double recallFloor, double precisionFloor)
    {
        var loaded = ClaimCorpus.Load(Path.Combine(RepositoryPaths.Corpus, corpus));
        var score = loaded.Score();
        var table = ScoreClaimsCommand.Render(score, details: false, kind: null, file: null);

        Assert.True(loaded.Checklists.Count >= checklists, $"{corpus} has {loaded.Checklists.Count} checklists");
        Assert.All(loaded.Checklists, file => Assert.Contains(loaded.Labels, label => label.File == file));
        Assert.True(score.Overall.Recall >= recallFloor, $"{corpus}: recall {score.Overall.Recall:0.000} < {recallFloor}\n{table}");
        Assert.True(score.Overall.Precision >= precisionFloor, $"{corpus}: precision {score.Overall.Precision:0.000} < {precisionFloor}\n{table}");
    }
}
