namespace ReadinessAction.Claims.Scoring;

/// <summary>Counts for one kind (or for all): labels, reports, hits by (file, line, kind), and asserted agreement on the hits.</summary>
public sealed record KindScore(string Kind, int Labelled, int Reported, int Hits, int AssertedAgreements)
{
    public double Recall => Labelled == 0 ? 1 : (double)Hits / Labelled;

    public double Precision => Reported == 0 ? 1 : (double)Hits / Reported;

    public double AssertedAgreement => Hits == 0 ? 1 : (double)AssertedAgreements / Hits;
}
