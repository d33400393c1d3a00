using System.Xml;

namespace ReadinessAction.Evidence.TestResults;

/// <summary>Reads <c>&lt;property name="Category" value="..."/&gt;</c> (NUnit 3) and <c>&lt;category name="..."/&gt;</c> (NUnit 2) lists.</summary>
internal static class NUnitCategories
{
    /// <summary>Consumes the current element (properties or categories) and returns its categories, or null.</summary>
    public static List<string>? ReadProperties(XmlReader xml, StringPool pool)
    {
        List<string>? categories = null;
        if (!xml.IsEmptyElement)
        {
            using var subtree = xml.ReadSubtree();
            while (subtree.Read())
            {
                if (subtree.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                var value = subtree.LocalName switch
                {
                    "property" when string.Equals(subtree.GetAttribute("name"), "Category", StringComparison.OrdinalIgnoreCase) => subtree.GetAttribute("value"),
                    "category" => subtree.GetAttribute("name"),
                    _ => null,
                };
                if (!string.IsNullOrWhiteSpace(value))
                {
                    (categories ??= []).Add(pool.Share(value.Trim()));
                }
            }
        }

        xml.Skip();
        return categories;
    }
}
