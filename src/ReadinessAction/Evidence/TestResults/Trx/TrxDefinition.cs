using System.Xml;

namespace ReadinessAction.Evidence.TestResults.Trx;

/// <summary>A <c>UnitTest</c> definition: the class and categories its results refer to by test id.</summary>
internal static class TrxDefinition
{
    /// <summary>Reads the current <c>UnitTest</c> whole into <paramref name="cases"/>.</summary>
    public static void Read(XmlReader xml, StringPool pool, TrxCases cases)
    {
        var id = xml.GetAttribute("id") ?? "";
        var storage = Path.GetFileName(xml.GetAttribute("storage")?.Replace('\\', '/') ?? "");
        string executionId = "", className = "";
        List<string>? categories = null;
        // The children are walked by depth rather than through ReadSubtree(), which costs a reader per test.
        var depth = xml.Depth;
        var empty = xml.IsEmptyElement;
        while (!empty && xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (xml.LocalName)
            {
                case "Execution":
                    executionId = xml.GetAttribute("id") ?? "";
                    break;
                case "TestMethod":
                    // "Namespace.Class, Assembly, Version=..." in older MSTest files.
                    var declared = xml.GetAttribute("className") ?? "";
                    var comma = declared.IndexOf(',', StringComparison.Ordinal);
                    className = comma >= 0 ? declared[..comma].Trim() : declared.Trim();
                    break;
                case "TestCategoryItem" when xml.GetAttribute("TestCategory") is { Length: > 0 } category:
                    (categories ??= []).Add(pool.Share(category));
                    break;
            }
        }

        // On the end tag (or the empty element): step past it.
        xml.Read();
        cases.AddDefinition(id, executionId, cases.IdOf(storage), cases.IdOf(className), categories);
    }
}
