using System.Runtime.CompilerServices;
using System.Xml;

namespace ReadinessAction.Evidence;

/// <summary>
/// The values of a few named attributes, read in one pass over an element's attributes: a large report is mostly one
/// element (a coverage &lt;line&gt;), and each GetAttribute would search its attributes again. Held inline, so
/// reading a million elements allocates nothing but the values.
/// </summary>
[InlineArray(Capacity)]
internal struct XmlAttributeValues
{
    public const int Capacity = 8;

    private string? _first;

    /// <summary>Reads the attributes named (qualified names, as GetAttribute takes them) and returns to the element.
    /// Names atomized in the reader's name table (the strings it returns) match by reference, without comparing
    /// characters; any other string still matches by value.</summary>
    public static XmlAttributeValues Read(XmlReader xml, ReadOnlySpan<string> names)
    {
        var values = default(XmlAttributeValues);
        for (var more = xml.MoveToFirstAttribute(); more; more = xml.MoveToNextAttribute())
        {
            var index = IndexOf(names, xml.Name);
            if (index >= 0)
            {
                values[index] = xml.Value;
            }
        }

        xml.MoveToElement();
        return values;
    }

    private static int IndexOf(ReadOnlySpan<string> names, string name)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if ((object)names[i] == name)
            {
                return i;
            }
        }

        return names.IndexOf(name);
    }
}
