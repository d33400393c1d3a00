using System.Xml;

namespace ReadinessAction.Evidence.Coverage.OpenCover;

/// <summary>
/// OpenCover XML (also written by coverlet and AltCover). A sequence point makes every line from sl to el
/// coverable (as coverlet and ReportGenerator do), covered when visited; each branch point is one branch of its
/// line (by sl, or else by the sequence point it follows). Skipped modules hold nothing and are passed over;
/// &lt;root&gt; wrapping several sessions (ReportGenerator's multi-report files) is read session by session.
/// </summary>
public sealed class OpenCoverReader : XmlCoverageReader
{
    public override string Format => "opencover";

    protected override string EmptyReason => "no <SequencePoint> with a source line in any module";

    public override bool CanRead(ArtifactSniff sniff) =>
        sniff.XmlRoot == "CoverageSession" || (sniff.XmlRoot == "root" && sniff.XmlFirstChild == "CoverageSession");

    protected override void ReadDocument(XmlReader xml, CoverageReadContext context)
    {
        var module = new ModuleState(context);
        var summary = new SessionSummary();
        var sessionDepth = -1;
        xml.Read();
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Module" && xml.GetAttribute("skippedDueTo") is not null)
            {
                // Skip() lands on the next node already, so the loop must not Read() again.
                xml.Skip();
                continue;
            }

            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "Module")
            {
                module.End();
            }
            else if (xml.NodeType == XmlNodeType.Element)
            {
                sessionDepth = ReadElement(xml, module, summary, sessionDepth, context);
            }

            xml.Read();
        }

        summary.Check(context);
    }

    /// <returns>The depth of the current CoverageSession element.</returns>
    private static int ReadElement(XmlReader xml, ModuleState module, SessionSummary summary, int sessionDepth, CoverageReadContext context)
    {
        switch (xml.LocalName)
        {
            case "CoverageSession":
                return xml.Depth;
            case "Summary" when xml.Depth == sessionDepth + 1:
                summary.Declare(xml, context);
                break;
            case "Module":
                module.Begin(xml.IsEmptyElement);
                break;
            case "File":
                module.AddFile(xml.GetAttribute("uid"), xml.GetAttribute("fullPath"));
                break;
            case "Method":
                module.BeginMethod();
                break;
            case "FileRef":
                module.MethodFile = xml.GetAttribute("uid");
                break;
            case "SequencePoint":
                summary.CountSequencePoint(module.AddSequencePoint(xml));
                break;
            case "BranchPoint":
                summary.CountBranchPoint(module.AddBranchPoint(xml));
                break;
        }

        return sessionDepth;
    }
}
