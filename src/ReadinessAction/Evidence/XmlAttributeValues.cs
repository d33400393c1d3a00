using System.Runtime.CompilerServices;
using System.Xml;

namespace ReadinessAction.Evidence;

/// <summary>
/// The values of a few named attributes, read in one pass over an element's attributes: a large report is mostly one
/// element (a coverage &lt;line&gt;, a test case), and each GetAttribute would search its attributes again. Held
/// inline, so reading a million elements allocates nothing but the values.
/// </summary>
/// <remarks>
/// The names come atomized in the reader's own name table (<see cref="XmlAttributeNames"/>): the reader atomizes
/// every name it returns, so a name that is not the same reference is not the same name, and an attribute nobody asked
/// for (a Cobertura line's "branch") costs one reference comparison per name instead of a search by value.
/// </remarks>
[InlineArray(Capacity)]
internal struct XmlAttributeValues
{
    public const int Capacity = 8;

    private string? _first;

    /// <summary>Reads the attributes named (atomized in <paramref name="xml"/>'s name table) and returns to the element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // into the reader's per-element method: the values stay on its stack
    public static XmlAttributeValues Read(XmlReader xml, XmlAttributeNames names)
    {
        var atoms = names.Atoms;
        var values = default(XmlAttributeValues);
        for (var more = xml.MoveToFirstAttribute(); more; more = xml.MoveToNextAttribute())
        {
            var name = xml.Name;
            for (var i = 0; i < atoms.Length; i++)
            {
                if ((object)atoms[i] == name)
                {
                    values[i] = xml.Value;
                    break;
                }
            }
        }

        xml.MoveToElement();
        return values;
    }
}
