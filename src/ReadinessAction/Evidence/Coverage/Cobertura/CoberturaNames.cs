using System.Xml;

namespace ReadinessAction.Evidence.Coverage.Cobertura;

/// <summary>
/// The names the Cobertura reader looks for, atomized in the reader's name table: the reader returns these very
/// strings for the names it meets, so a name is recognised by one reference comparison.
/// </summary>
internal sealed class CoberturaNames(XmlNameTable table)
{
    public string Coverage { get; } = table.Add("coverage");

    public string Source { get; } = table.Add("source");

    public string Class { get; } = table.Add("class");

    public string Method { get; } = table.Add("method");

    public string Line { get; } = table.Add("line");

    /// <summary>The attributes of a &lt;line&gt;, in the order <see cref="CoberturaReader"/> reads their values.</summary>
    public XmlAttributeNames LineAttributes { get; } = XmlAttributeNames.In(table, "number", "hits", "condition-coverage");
}
