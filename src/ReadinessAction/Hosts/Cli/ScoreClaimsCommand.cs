using System.CommandLine;
using System.Globalization;
using System.Text;

using ReadinessAction.Claims.Scoring;
using ReadinessAction.Pipeline;

namespace ReadinessAction.Hosts.Cli;

/// <summary><c>readiness dev score-claims</c>: measures the claim recogniser on a labelled corpus.</summary>
internal static class ScoreClaimsCommand
{
    public static Command Create(TextWriter stdout)
    {
        var corpus = new Option<string>("--corpus") { Description = "Labelled corpus folder (checklists/, labels/, DISPUTED.md).", DefaultValueFactory = _ => "tests/corpus/claims" };
        var details = new Option<bool>("--details") { Description = "Also list the labelled claims missed, the claims invented and the asserted disagreements." };
        var kind = new Option<string?>("--kind") { Description = "Limit the listed details to one kind (e.g. test_count)." };
        var file = new Option<string?>("--file") { Description = "Limit the listed details to checklists whose name contains this text." };
        var command = new Command("score-claims", "Run the claim recogniser over a labelled corpus and print recall, precision and asserted agreement per kind.")
        {
            corpus, details, kind, file,
        };
        command.SetAction(parse =>
        {
            var score = ClaimCorpus.Load(parse.GetValue(corpus)!).Score();
            stdout.Write(Render(score, parse.GetValue(details), parse.GetValue(kind), parse.GetValue(file)));
            return ExitCodes.Pass;
        });
        return command;
    }

    public static string Render(ClaimScore score, bool details, string? kind, string? file)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"kind",-20} {"labelled",8} {"reported",8} {"hits",6} {"recall",7} {"precision",9} {"asserted",8}");
        foreach (var row in score.Kinds.Append(score.Overall))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{row.Kind,-20} {row.Labelled,8} {row.Reported,8} {row.Hits,6} {row.Recall,7:0.000} {row.Precision,9:0.000} {row.AssertedAgreement,8:0.000}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"disputed labels left out: {score.Disputed}");
        if (!details)
        {
            return text.ToString();
        }

        bool Wanted(string k, string f) => (kind is null || k == kind) && (file is null || f.Contains(file, StringComparison.OrdinalIgnoreCase));
        text.AppendLine().AppendLine("missed (file:line kind value | text):");
        foreach (var m in score.Missed.Where(m => Wanted(m.Kind, m.File)))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {m.File}:{m.Line} {m.Kind} {m.Value} | {m.Text}");
        }

        text.AppendLine().AppendLine("invented (file:line kind | text):");
        foreach (var i in score.Invented.Where(i => Wanted(i.Kind, i.File)))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {i.File}:{i.Line} {i.Kind} | {Cut(i.Text)}");
        }

        text.AppendLine().AppendLine("asserted disagrees with the label's checked (file:line kind label→reported | text):");
        foreach (var (label, reported) in score.AssertedDisagreements.Where(d => Wanted(d.Label.Kind, d.Label.File)))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {label.File}:{label.Line} {label.Kind} {(label.Checked ? "x" : "-")}→{(reported.Asserted ? "x" : "-")} | {label.Text}");
        }

        return text.ToString();
    }

    private static string Cut(string text) => text.Length <= 120 ? text : text[..120];
}
