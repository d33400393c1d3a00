using ReadinessAction.Claims.Scoring;

namespace ReadinessAction.Tests.Claims.Scoring;

public sealed class ClaimScorerTests
{
    private static LabelledClaim Label(int line, string kind, bool isChecked = true) => new("a.md", line, kind, isChecked, "v", "t");

    private static ScoredClaim Reported(int line, string kind, bool asserted = true) => new("a.md", line, kind, asserted, "t");

    [Fact]
    public void A_claim_counts_as_a_hit_only_when_its_line_and_kind_match_a_label()
    {
        var score = ClaimScorer.Score([Label(1, "coverage"), Label(2, "test_count")], [Reported(1, "coverage"), Reported(2, "other_metric")], []);

        Assert.Equal((2, 2, 1), (score.Overall.Labelled, score.Overall.Reported, score.Overall.Hits));
        Assert.Equal(0.5, score.Overall.Recall);
        Assert.Equal(0.5, score.Overall.Precision);
        Assert.Equal(2, Assert.Single(score.Missed).Line);
        Assert.Equal("other_metric", Assert.Single(score.Invented).Kind);
    }

    [Fact]
    public void Two_labels_of_one_kind_on_a_line_need_two_reports()
    {
        var score = ClaimScorer.Score([Label(3, "test_count"), Label(3, "test_count")], [Reported(3, "test_count")], []);

        Assert.Equal(1, score.Overall.Hits);
        Assert.Single(score.Missed);
        Assert.Equal(1.0, score.Overall.Precision);
    }

    [Fact]
    public void Asserted_agreement_compares_the_report_with_the_labels_checked_column()
    {
        var score = ClaimScorer.Score([Label(1, "coverage", isChecked: false), Label(2, "coverage")], [Reported(1, "coverage"), Reported(2, "coverage")], []);

        Assert.Equal(0.5, score.Overall.AssertedAgreement);
        Assert.Equal(1, Assert.Single(score.AssertedDisagreements).Label.Line);
    }

    [Fact]
    public void Disputed_labels_and_reports_on_them_are_left_out()
    {
        var score = ClaimScorer.Score([Label(1, "coverage"), Label(2, "coverage")], [Reported(1, "coverage")], [("a.md", 2, "coverage")]);

        Assert.Equal((1, 1, 1), (score.Overall.Labelled, score.Overall.Reported, score.Overall.Hits));
        Assert.Equal(1, score.Disputed);
    }

    [Fact]
    public void Every_kind_seen_in_labels_or_reports_has_a_row()
    {
        var score = ClaimScorer.Score([Label(1, "coverage")], [Reported(5, "file_exists")], []);

        Assert.Equal(["coverage", "file_exists"], score.Kinds.Select(k => k.Kind));
        Assert.Equal(0.0, score.Kinds.Single(k => k.Kind == "file_exists").Precision);
    }
}
