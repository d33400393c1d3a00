using ReadinessAction.Evidence.TestResults;

using Xunit.Abstractions;

namespace ReadinessAction.Tests.Evidence.Conformance;

/// <summary>
/// How far the readers agree with the peers, by file and by asserted number. Every row outside the reviewed lists is
/// asserted exactly by the conformance tests; this measures what the reviewed deviations cost, per peer and overall.
/// </summary>
public sealed class PeerAgreementTests(ITestOutputHelper output)
{
    private const double Floor = 0.95;

    [Fact]
    public void Readers_agree_with_the_peers_on_at_least_95_percent_of_their_asserted_numbers()
    {
        var tallies = CorpusExpectations.All
            .GroupBy(r => r.Source)
            .Select(g => g.Aggregate(new Tally(g.Key), (tally, row) => tally.Add(row)))
            .OrderBy(t => t.Source, StringComparer.Ordinal)
            .ToList();
        var all = tallies.Aggregate(new Tally("all"), (sum, t) => sum.Plus(t));

        foreach (var tally in tallies.Append(all))
        {
            output.WriteLine(tally.ToString());
        }

        Assert.True(all.NumberShare >= Floor, $"peer agreement by asserted number {all.NumberShare:0.000} < {Floor}");
        Assert.All(tallies.Where(t => t.Numbers >= 20), t => Assert.True(t.NumberShare >= 0.9, t.ToString()));
    }

    private static IEnumerable<(string Column, long Peer)> Asserted(CorpusExpectation row) =>
        CorpusExpectations.NumberColumns.Where(c => row[c] is not null).Select(c => (c, row[c]!.Value));

    /// <summary>The asserted numbers of one row that we do not share: the columns a reviewed deviation replaces.</summary>
    private static int Disagreeing(CorpusExpectation row)
    {
        var key = row.ToString();
        if (ReviewedExceptions.All.TryGetValue(key, out var exception))
        {
            return exception.Ours is { } ours
                ? Asserted(row).Count(a => a.Peer != TotalsColumn(ours, a.Column))
                : Asserted(row).Count() + OutcomeCount(row);
        }

        if (CoveragePeerDeviations.All.TryGetValue(key, out var deviation))
        {
            return deviation.Outcome is not null && deviation.Outcome != row.Outcome
                ? Asserted(row).Count() + OutcomeCount(row)
                : Asserted(row).Count(a => deviation.Numbers.TryGetValue(a.Column, out var mine) && mine != a.Peer)
                    + (row.LineRate is not null && deviation.Numbers.Count > 0 ? 1 : 0);
        }

        return 0;
    }

    private static int OutcomeCount(CorpusExpectation row) => row.Outcome.Length > 0 ? 1 : 0;

    private static long? TotalsColumn(TestTotals ours, string column) => column switch
    {
        "expected_total_tests" => ours.Total,
        "expected_passed" => ours.Passed,
        "expected_failed" => ours.Failed,
        "expected_errors" => ours.Errors,
        "expected_skipped" => ours.Skipped,
        _ => null,
    };

    /// <summary>Rows and asserted numbers (the outcome and a line rate count as one number each) of one peer.</summary>
    private sealed record Tally(string Source, int Files = 0, int FilesApart = 0, int Numbers = 0, int NumbersApart = 0)
    {
        public double NumberShare => Numbers == 0 ? 1 : 1 - ((double)NumbersApart / Numbers);

        public double FileShare => Files == 0 ? 1 : 1 - ((double)FilesApart / Files);

        public Tally Add(CorpusExpectation row)
        {
            var apart = Disagreeing(row);
            var numbers = Asserted(row).Count() + OutcomeCount(row) + (row.LineRate is null ? 0 : 1);
            return this with
            {
                Files = Files + 1,
                FilesApart = FilesApart + (apart > 0 ? 1 : 0),
                Numbers = Numbers + numbers,
                NumbersApart = NumbersApart + Math.Min(apart, numbers),
            };
        }

        public Tally Plus(Tally other) => this with
        {
            Files = Files + other.Files,
            FilesApart = FilesApart + other.FilesApart,
            Numbers = Numbers + other.Numbers,
            NumbersApart = NumbersApart + other.NumbersApart,
        };

        public override string ToString() =>
            $"{Source,-34} files {Files - FilesApart,4}/{Files,-4} {FileShare,6:0.000}   numbers {Numbers - NumbersApart,5}/{Numbers,-5} {NumberShare,6:0.000}";
    }
}
