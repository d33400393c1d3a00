using System.Xml;

namespace ReadinessAction.Evidence.TestResults.Trx;

/// <summary>
/// Reads <c>UnitTest</c> definitions: the class and categories their results refer to by test id. Element and
/// attribute names are atomized in the reader's name table once, so each definition matches them by reference.
/// </summary>
internal sealed class TrxDefinitionReader
{
    private readonly string _execution;
    private readonly string _testMethod;
    private readonly string _testCategoryItem;

    // "id" of the UnitTest and of its Execution, "storage" of the UnitTest, "className" of its TestMethod.
    private readonly XmlAttributeNames _attributes;

    public TrxDefinitionReader(XmlNameTable table)
    {
        _execution = table.Add("Execution");
        _testMethod = table.Add("TestMethod");
        _testCategoryItem = table.Add("TestCategoryItem");
        _attributes = XmlAttributeNames.In(table, "id", "storage", "className");
    }

    /// <summary>Reads the current <c>UnitTest</c> whole into <paramref name="cases"/>.</summary>
    public void Read(XmlReader xml, StringPool pool, TrxCases cases)
    {
        var values = XmlAttributeValues.Read(xml, _attributes);
        var id = values[0] ?? "";
        var storage = values[1] is { } path ? Path.GetFileName(path.Replace('\\', '/')) : "";
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

            var name = xml.LocalName;
            if (ReferenceEquals(name, _testMethod))
            {
                // "Namespace.Class, Assembly, Version=..." in older MSTest files.
                var declared = XmlAttributeValues.Read(xml, _attributes)[2] ?? "";
                var comma = declared.IndexOf(',', StringComparison.Ordinal);
                className = comma >= 0 ? declared[..comma].Trim() : declared.Trim();
            }
            else if (ReferenceEquals(name, _execution))
            {
                executionId = XmlAttributeValues.Read(xml, _attributes)[0] ?? "";
            }
            else if (ReferenceEquals(name, _testCategoryItem) && xml.GetAttribute("TestCategory") is { Length: > 0 } category)
            {
                (categories ??= []).Add(pool.Share(category));
            }
        }

        // On the end tag (or the empty element): step past it.
        xml.Read();
        cases.AddDefinition(id, executionId, cases.IdOf(storage), cases.IdOf(className), categories);
    }
}
