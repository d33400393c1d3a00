using System.Runtime.CompilerServices;
using System.Xml;

namespace ReadinessAction.Evidence.Coverage.Cobertura;

/// <summary>
/// Cobertura XML as written by coverlet, coverage.py, istanbul/c8/jest, gcovr, simplecov, OpenCppCoverage,
/// VectorCAST, PHPUnit and JaCoCo converters. Lines are counted from the class-level &lt;lines&gt; (a method's
/// lines repeat them); a class without them falls back to its methods' lines.
/// </summary>
public sealed class CoberturaReader : XmlCoverageReader
{
    private static readonly string[] HeaderAttributes = ["line-rate", "lines-valid", "lines-covered", "branch-rate"];

    public override string Format => "cobertura";

    protected override string EmptyReason => "no <line> in any <class>";

    /// <summary>Root &lt;coverage&gt; with &lt;sources&gt;/&lt;packages&gt; or rate attributes; Clover's root is
    /// also &lt;coverage&gt; but has a "clover" attribute and &lt;project&gt; children.</summary>
    public override bool CanRead(ArtifactSniff sniff) =>
        sniff.XmlRoot == "coverage"
        && !sniff.XmlRootAttributes.ContainsKey("clover")
        && (sniff.XmlFirstChild is "sources" or "packages" || HeaderAttributes.Any(sniff.XmlRootAttributes.ContainsKey));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // per record: see XmlCoverageReader.ReadDocument
    protected override void ReadDocument(XmlReader xml, CoverageReadContext context)
    {
        var names = new CoberturaNames(xml.NameTable);
        var state = new ClassState(context, names);
        xml.Read();
        while (!xml.EOF)
        {
            var type = xml.NodeType;
            if (type == XmlNodeType.Element)
            {
                var name = xml.LocalName;
                if ((object)name == names.Line)
                {
                    ReadLine(xml, state, names, context);
                }
                else if ((object)name == names.Source && state.Source is null)
                {
                    // Reads past the element, so the loop must not Read() again.
                    var source = xml.ReadElementContentAsString();
                    state.Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim();
                    continue;
                }
                else
                {
                    ReadElement(xml, name, state, names, context);
                }
            }
            else if (type == XmlNodeType.EndElement)
            {
                state.End(xml.LocalName);
            }

            xml.Read();
        }
    }

    private static void ReadElement(XmlReader xml, string name, ClassState state, CoberturaNames names, CoverageReadContext context)
    {
        if ((object)name == names.Coverage && xml.Depth == 0)
        {
            context.Declared = ReadHeader(xml, context);
        }
        else if ((object)name == names.Class)
        {
            state.BeginClass(xml);
        }
        else if ((object)name == names.Method)
        {
            state.BeginMethod(xml.IsEmptyElement);
        }
    }

    private static CoverageTotalsClaim ReadHeader(XmlReader xml, CoverageReadContext context) => new(
        context.Count(xml, "lines-valid", required: false),
        context.Count(xml, "lines-covered", required: false),
        context.Count(xml, "branches-valid", required: false),
        context.Count(xml, "branches-covered", required: false),
        CoverageReadContext.LineOf(xml));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // per record: see XmlCoverageReader.ReadDocument
    private static void ReadLine(XmlReader xml, ClassState state, CoberturaNames names, CoverageReadContext context)
    {
        if (state.FilePath is null)
        {
            return;
        }

        var values = XmlAttributeValues.Read(xml, names.LineAttributes);
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

        var (valid, covered) = ConditionCoverage.Parse(conditionText);
        state.AddLine(number, new LineHits(hits, valid, covered));
    }
}
