using System.Runtime.CompilerServices;
using System.Xml;

namespace ReadinessAction.Evidence.Coverage;

/// <summary>
/// The values of a coverage record's attributes, read in one pass like <see cref="XmlAttributeValues"/>, for names
/// atomized in the reader's own name table only (the *Names classes): the reader atomizes every name it returns, so
/// a name that is not the same reference is not the same name, and an attribute the reader does not want (a
/// Cobertura line's "branch", an OpenCover point's "ordinal") costs one reference comparison per name, not a search
/// by value.
/// </summary>
[InlineArray(Capacity)]
internal struct AtomizedAttributeValues
{
    public const int Capacity = 8;

    private string? _first;

    /// <summary>Reads the attributes named (qualified names atomized in <paramref name="xml"/>'s name table, at
    /// most <see cref="Capacity"/>) and returns to the element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // into the reader's per-line method: the values stay on its stack
    public static AtomizedAttributeValues Read(XmlReader xml, string[] names)
    {
        var values = default(AtomizedAttributeValues);
        for (var more = xml.MoveToFirstAttribute(); more; more = xml.MoveToNextAttribute())
        {
            var name = xml.Name;
            for (var i = 0; i < names.Length; i++)
            {
                if ((object)names[i] == name)
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
