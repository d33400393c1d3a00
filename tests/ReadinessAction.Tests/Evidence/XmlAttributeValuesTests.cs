using System.Xml;

using ReadinessAction.Evidence;

namespace ReadinessAction.Tests.Evidence;

public class XmlAttributeValuesTests
{
    [Fact]
    public void Values_come_in_the_order_the_names_were_given_whatever_the_order_in_the_element()
    {
        using var xml = XmlReader.Create(new StringReader("""<line branch="false" hits="3" number="12"/>"""));
        xml.MoveToContent();
        var names = XmlAttributeNames.In(xml.NameTable, "number", "hits", "condition-coverage");

        var values = XmlAttributeValues.Read(xml, names);

        Assert.Equal("12", values[0]);
        Assert.Equal("3", values[1]);
        Assert.Null(values[2]);
        Assert.Equal(XmlNodeType.Element, xml.NodeType);
    }

    [Fact]
    public void Names_are_the_strings_the_reader_returns()
    {
        var table = new NameTable();
        var names = XmlAttributeNames.In(table, new string(['h', 'i', 't', 's']));

        Assert.Same(table.Get("hits"), names.Atoms[0]);
    }

    [Fact]
    public void More_names_than_the_values_hold_are_refused()
    {
        var names = Enumerable.Range(0, XmlAttributeValues.Capacity + 1).Select(i => $"a{i}").ToArray();

        Assert.Throws<ArgumentOutOfRangeException>(() => XmlAttributeNames.In(new NameTable(), names));
    }
}
