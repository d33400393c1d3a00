using System.Xml;

namespace ReadinessAction.Evidence.Coverage.OpenCover;

/// <summary>
/// The names the OpenCover reader looks for, atomized in the reader's name table: the reader returns these very
/// strings for the names it meets, so a name is recognised by one reference comparison.
/// </summary>
internal sealed class OpenCoverNames(XmlNameTable table)
{
    public string CoverageSession { get; } = table.Add("CoverageSession");

    public string Summary { get; } = table.Add("Summary");

    public string Module { get; } = table.Add("Module");

    public string File { get; } = table.Add("File");

    public string Method { get; } = table.Add("Method");

    public string FileRef { get; } = table.Add("FileRef");

    public string SequencePoint { get; } = table.Add("SequencePoint");

    public string BranchPoint { get; } = table.Add("BranchPoint");

    /// <summary>The attributes of a &lt;SequencePoint&gt; or &lt;BranchPoint&gt; that <see cref="ModuleState"/>
    /// reads, in this order: sl, fileid, vc, el, offset.</summary>
    public XmlAttributeNames PointAttributes { get; } = XmlAttributeNames.In(table, "sl", "fileid", "vc", "el", "offset");
}
