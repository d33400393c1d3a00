using System.Xml;

namespace ReadinessAction.Evidence.Coverage.JaCoCo;

/// <summary>
/// The names the JaCoCo reader looks for, atomized in the reader's name table: the reader returns these very
/// strings for the names it meets, so a name is recognised by one reference comparison.
/// </summary>
internal sealed class JaCoCoNames(XmlNameTable table)
{
    public string Report { get; } = table.Add("report");

    public string Package { get; } = table.Add("package");

    public string SourceFile { get; } = table.Add("sourcefile");

    public string Line { get; } = table.Add("line");

    public string Counter { get; } = table.Add("counter");

    /// <summary>The attributes of a &lt;line&gt;, in the order <see cref="JaCoCoReader"/> reads their values.</summary>
    public XmlAttributeNames LineAttributes { get; } = XmlAttributeNames.In(table, "nr", "mi", "ci", "mb", "cb");
}
