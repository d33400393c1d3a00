using System.Xml;

namespace ReadinessAction.Evidence;

/// <summary>
/// Attribute names atomized in one reader's name table: the only form <see cref="XmlAttributeValues.Read"/> takes.
/// It matches names by reference, so a name that was not atomized in that table would silently match nothing.
/// </summary>
internal sealed class XmlAttributeNames
{
    private readonly string[] _atoms;

    private XmlAttributeNames(string[] atoms) => _atoms = atoms;

    /// <summary>The atomized names, in the order <see cref="XmlAttributeValues.Read"/> gives their values.</summary>
    public ReadOnlySpan<string> Atoms => _atoms;

    /// <summary>The names (at most <see cref="XmlAttributeValues.Capacity"/>) as <paramref name="table"/> returns them.</summary>
    public static XmlAttributeNames In(XmlNameTable table, params ReadOnlySpan<string> names)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(names.Length, XmlAttributeValues.Capacity);
        var atoms = new string[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            atoms[i] = table.Add(names[i]);
        }

        return new(atoms);
    }
}
