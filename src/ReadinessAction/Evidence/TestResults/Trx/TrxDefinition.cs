using System.Xml;

namespace ReadinessAction.Evidence.TestResults.Trx;

/// <summary>A <c>UnitTest</c> definition: the class and categories its results refer to by test id.</summary>
internal sealed record TrxDefinition(string Id, string ExecutionId, string ClassName, string Storage, IReadOnlyList<string> Categories)
{
    public static TrxDefinition Read(XmlReader xml, StringPool pool)
    {
        var id = xml.GetAttribute("id") ?? "";
        var storage = pool.Share(Path.GetFileName(xml.GetAttribute("storage")?.Replace('\\', '/') ?? ""));
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
                    className = pool.Share(comma >= 0 ? declared[..comma].Trim() : declared.Trim());
                    break;
                case "TestCategoryItem" when xml.GetAttribute("TestCategory") is { Length: > 0 } category:
                    (categories ??= []).Add(pool.Share(category));
                    break;
            }
        }

        // On the end tag (or the empty element): step past it.
        xml.Read();
        return new TrxDefinition(id, executionId, className, storage, categories is null ? [] : categories);
    }
}
