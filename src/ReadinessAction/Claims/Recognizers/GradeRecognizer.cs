using System.Text.RegularExpressions;

using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Claims.Recognizers;

/// <summary>
/// A letter grade a scanner or a quality tool gives, reported as <see cref="ClaimKind.OtherMetric"/>: "Security grade
/// A+", "**Maintainability**: B grade", "Grade: A". One per line; not under targets, criteria or plans.
/// </summary>
public sealed partial class GradeRecognizer : IClaimRecognizer
{
    public void Recognize(ClaimCollector collector)
    {
        var source = collector.Source;
        if (source.Origin is ClaimOrigin.TableRow || LineContext.StatesConditions(source) || LineContext.OpensWithPlanKey(source.Text))
        {
            return;
        }

        var grade = Grade().Match(source.Text);
        if (grade.Success && collector.IsFree(grade.Index, grade.Index + grade.Length))
        {
            collector.Add(collector.New(ClaimKind.OtherMetric, grade.Value, grade.Index, grade.Index + grade.Length));
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?i:grade|rating)[*_]*\s*[:：]?\s*[*_]*[A-F][+-]?|[A-F][+-]?[*_]*\s+(?i:grade|rating))(?![\p{L}\d+-])")]
    private static partial Regex Grade();
}
