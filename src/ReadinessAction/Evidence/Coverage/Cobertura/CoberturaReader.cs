using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;

namespace ReadinessAction.Evidence.Coverage.Cobertura;

/// <summary>
/// Cobertura XML as written by coverlet, coverage.py, istanbul/c8/jest, gcovr, simplecov, OpenCppCoverage,
/// VectorCAST, PHPUnit and JaCoCo converters. Lines are counted from the class-level &lt;lines&gt; (a method's
/// lines repeat them); a class without them falls back to its methods' lines.
/// </summary>
public sealed partial class CoberturaReader : XmlCoverageReader
{
    private static readonly string[] LineAttributes = ["number", "hits", "condition-coverage"];
    private static readonly string[] HeaderAttributes = ["line-rate", "lines-valid", "lines-covered", "branch-rate"];

    public override string Format => "cobertura";

    protected override string EmptyReason => "no <line> in any <class>";

    /// <summary>Root &lt;coverage&gt; with &lt;sources&gt;/&lt;packages&gt; or rate attributes; Clover's root is
    /// also &lt;coverage&gt; but has a "clover" attribute and &lt;project&gt; children.</summary>
    public override bool CanRead(ArtifactSniff sniff) =>
        sniff.XmlRoot == "coverage"
        && !sniff.XmlRootAttributes.ContainsKey("clover")
        && (sniff.XmlFirstChild is "sources" or "packages" || HeaderAttributes.Any(sniff.XmlRootAttributes.ContainsKey));

    protected override void ReadDocument(XmlReader xml, CoverageReadContext context)
    {
        var state = new ClassState(context);
        xml.Read();
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "source" && state.Source is null)
            {
                // Reads past the element, so the loop must not Read() again.
                var source = xml.ReadElementContentAsString();
                state.Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim();
                continue;
            }

            if (xml.NodeType == XmlNodeType.EndElement)
            {
                state.End(xml.LocalName);
            }
            else if (xml.NodeType == XmlNodeType.Element)
            {
                ReadElement(xml, state, context);
            }

            xml.Read();
        }
    }

    private static void ReadElement(XmlReader xml, ClassState state, CoverageReadContext context)
    {
        switch (xml.LocalName)
        {
            case "coverage" when xml.Depth == 0:
                context.Declared = ReadHeader(xml, context);
                break;
            case "class":
                state.BeginClass(xml);
                break;
            case "method":
                state.BeginMethod(xml.IsEmptyElement);
                break;
            case "line":
                ReadLine(xml, state, context);
                break;
        }
    }

    private static CoverageTotalsClaim ReadHeader(XmlReader xml, CoverageReadContext context) => new(
        context.Count(xml, "lines-valid", required: false),
        context.Count(xml, "lines-covered", required: false),
        context.Count(xml, "branches-valid", required: false),
        context.Count(xml, "branches-covered", required: false),
        CoverageReadContext.LineOf(xml));

    private static void ReadLine(XmlReader xml, ClassState state, CoverageReadContext context)
    {
        if (state.FilePath is null)
        {
            return;
        }

        var values = XmlAttributeValues.Read(xml, LineAttributes);
        var (numberText, hitsText, conditionText) = (values[0], values[1], values[2]);
        if (XmlNumbers.ParseInt(numberText) is not { } number || number < 1)
        {
            context.Warn(CoverageDiagnosticCodes.BadRecord, $"<line> has no valid number (\"{numberText}\"); skipped", xml);
            return;
        }

        if (context.Count(xml, "hits", hitsText) is not { } hits)
        {
            return;
        }

        var (valid, covered) = Conditions(conditionText);
        state.AddLine(number, new LineHits(hits, valid, covered));
    }

    /// <summary>"50% (1/2)" gives 2 branches, 1 covered; anything else gives none.</summary>
    private static (int Valid, int Covered) Conditions(string? conditionCoverage)
    {
        var match = conditionCoverage is null ? null : ConditionPattern().Match(conditionCoverage);
        if (match is not { Success: true }
            || !int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var covered)
            || !int.TryParse(match.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var valid))
        {
            return (0, 0);
        }

        return (valid, Math.Min(covered, valid));
    }

    [GeneratedRegex(@"\(\s*(\d+)\s*/\s*(\d+)\s*\)")]
    private static partial Regex ConditionPattern();
}
