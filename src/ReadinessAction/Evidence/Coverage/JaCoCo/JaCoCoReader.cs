using System.Runtime.CompilerServices;
using System.Xml;

namespace ReadinessAction.Evidence.Coverage.JaCoCo;

/// <summary>
/// JaCoCo XML (also written by Pester and Kover). Lines come from &lt;sourcefile&gt;/&lt;line&gt;: a line with
/// instructions is coverable, covered when one of them ran; mb/cb are its branches. The &lt;counter&gt;s of
/// classes and methods are summaries and are not read; the report-level ones are checked against the lines.
/// </summary>
public sealed class JaCoCoReader : XmlCoverageReader
{
    public override string Format => "jacoco";

    protected override string EmptyReason => "no <line> in any <sourcefile>";

    public override bool CanRead(ArtifactSniff sniff) =>
        sniff.XmlRoot == "report" && sniff.XmlFirstChild is "sessioninfo" or "group" or "package" or "counter";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // per record: see XmlCoverageReader.ReadDocument
    protected override void ReadDocument(XmlReader xml, CoverageReadContext context)
    {
        var names = new JaCoCoNames(xml.NameTable);
        string? package = null;
        string? file = null;
        long? linesMissed = null, linesCovered = null, branchesMissed = null, branchesCovered = null;
        int? reportLine = null;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var name = xml.LocalName;
            if ((object)name == names.Line)
            {
                if (file is not null)
                {
                    ReadLine(xml, file, names, context);
                }
            }
            else if ((object)name == names.SourceFile)
            {
                file = SourceFilePath(package, xml.GetAttribute("name"));
            }
            else if ((object)name == names.Package)
            {
                package = xml.GetAttribute("name") ?? "";
            }
            else if ((object)name == names.Report && xml.Depth == 0)
            {
                reportLine = CoverageReadContext.LineOf(xml);
            }
            else if ((object)name == names.Counter && xml.Depth == 1)
            {
                switch (xml.GetAttribute("type"))
                {
                    case "LINE":
                        (linesMissed, linesCovered) = (context.Count(xml, "missed"), context.Count(xml, "covered"));
                        break;
                    case "BRANCH":
                        (branchesMissed, branchesCovered) = (context.Count(xml, "missed"), context.Count(xml, "covered"));
                        break;
                }
            }
        }

        if (linesMissed is not null || branchesMissed is not null)
        {
            // JaCoCo omits the BRANCH counter when there is no branch at all.
            context.Declared = new CoverageTotalsClaim(
                linesMissed + linesCovered,
                linesCovered,
                branchesMissed is null ? 0 : branchesMissed + branchesCovered,
                branchesCovered ?? 0,
                reportLine);
        }
    }

    private static string SourceFilePath(string? package, string? name)
    {
        var fileName = string.IsNullOrWhiteSpace(name) ? "(unnamed)" : name;
        return CoveragePath.Normalize(string.IsNullOrEmpty(package) ? fileName : package + "/" + fileName);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // per record: see XmlCoverageReader.ReadDocument
    private static void ReadLine(XmlReader xml, string file, JaCoCoNames names, CoverageReadContext context)
    {
        var values = XmlAttributeValues.Read(xml, names.LineAttributes);
        var (nr, mi, ci, mb, cb) = (values[0], values[1], values[2], values[3], values[4]);
        if (XmlNumbers.ParseInt(nr) is not { } number || number < 1)
        {
            context.Warn(CoverageDiagnosticCodes.BadRecord, $"<line> has no valid nr (\"{nr}\"); skipped", xml);
            return;
        }

        if (context.Count(xml, "mi", mi) is not { } missedInstructions || context.Count(xml, "ci", ci) is not { } coveredInstructions)
        {
            return;
        }

        if (missedInstructions + coveredInstructions == 0)
        {
            return;
        }

        var missedBranches = context.Count(xml, "mb", mb, required: false) ?? 0;
        var coveredBranches = context.Count(xml, "cb", cb, required: false) ?? 0;
        var branches = (int)Math.Min(int.MaxValue, missedBranches + coveredBranches);
        var covered = (int)Math.Min(branches, coveredBranches);
        context.Coverage.AddLine(file, number, new LineHits(coveredInstructions, branches, covered));
    }
}
