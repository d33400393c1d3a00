using System.Runtime.CompilerServices;
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // per record: see XmlCoverageReader.ReadDocument
    protected override void ReadDocument(XmlReader xml, CoverageReadContext context)
    {
        var names = new OpenCoverNames(xml.NameTable);
        var module = new ModuleState(context);
        var summary = new SessionSummary();
        var sessionDepth = -1;
        xml.Read();
        while (!xml.EOF)
        {
            var type = xml.NodeType;
            if (type == XmlNodeType.Element)
            {
                var name = xml.LocalName;
                if ((object)name == names.SequencePoint)
                {
                    summary.CountSequencePoint(module.AddSequencePoint(xml, names.PointAttributes));
                }
                else if ((object)name == names.BranchPoint)
                {
                    summary.CountBranchPoint(module.AddBranchPoint(xml, names.PointAttributes));
                }
                else if ((object)name == names.Module && xml.GetAttribute("skippedDueTo") is not null)
                {
                    // Skip() lands on the next node already, so the loop must not Read() again.
                    xml.Skip();
                    continue;
                }
                else
                {
                    sessionDepth = ReadElement(xml, name, names, module, summary, sessionDepth, context);
                }
            }
            else if (type == XmlNodeType.EndElement && (object)xml.LocalName == names.Module)
            {
                module.End();
            }

            xml.Read();
        }

        summary.Check(context);
    }

    /// <returns>The depth of the current CoverageSession element.</returns>
    private static int ReadElement(XmlReader xml, string name, OpenCoverNames names, ModuleState module, SessionSummary summary, int sessionDepth, CoverageReadContext context)
    {
        if ((object)name == names.CoverageSession)
        {
            return xml.Depth;
        }

        if ((object)name == names.Summary && xml.Depth == sessionDepth + 1)
        {
            summary.Declare(xml, context);
        }
        else if ((object)name == names.Module)
        {
            module.Begin(xml.IsEmptyElement);
        }
        else if ((object)name == names.File)
        {
            module.AddFile(xml.GetAttribute("uid"), xml.GetAttribute("fullPath"));
        }
        else if ((object)name == names.Method)
        {
            module.BeginMethod();
        }
        else if ((object)name == names.FileRef)
        {
            module.MethodFile = xml.GetAttribute("uid");
        }

        return sessionDepth;
    }
}
