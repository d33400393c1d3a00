using System.Xml;

namespace ReadinessAction.Evidence.Coverage.Clover;

/// <summary>
/// The names the Clover reader looks for, atomized in the reader's name table: the reader returns these very
/// strings for the names it meets, so a name is recognised by one reference comparison.
/// </summary>
internal sealed class CloverNames(XmlNameTable table)
{
    public string TestProject { get; } = table.Add("testproject");

    public string Package { get; } = table.Add("package");

    public string File { get; } = table.Add("file");

    public string Line { get; } = table.Add("line");

    /// <summary>The attributes of a &lt;line&gt;, in the order <see cref="CloverReader"/> reads their values.</summary>
    public XmlAttributeNames LineAttributes { get; } = XmlAttributeNames.In(table, "type", "num", "count", "truecount", "falsecount");
}
