using ReadinessAction.Evidence.Coverage;

namespace ReadinessAction.Tests.Evidence.Coverage;

/// <summary>
/// The XML coverage readers take a line's attributes in one pass, matching names by the reader's atomized strings:
/// values with entity references, attributes in any order, prefixed look-alikes and huge or malformed numbers.
/// </summary>
public sealed class CoverageXmlAttributeTests
{
    [Fact]
    public void Cobertura_attribute_values_with_entity_and_character_references_are_read_whole()
    {
        var read = CoverageReading.Text(Cobertura("""
            <class name="A" filename="a&amp;b&#47;c.cs"><lines>
            <line number="&#49;2" hits="3&#48;" branch="true" condition-coverage="50% &#40;1/2&#41;"/>
            </lines></class>
            """));

        Assert.Equal(new LineHits(30, 2, 1), read.Lines("/src/a&b/c.cs")[12]);
    }

    [Fact]
    public void Cobertura_line_attributes_are_found_in_any_order_and_prefixed_look_alikes_are_not_taken()
    {
        var read = CoverageReading.Text(Cobertura("""
            <class name="A" filename="a.cs" xmlns:x="urn:x"><lines>
            <line condition-coverage="100% (2/2)" x:hits="99" branch="true" hits="4" x:number="98" number="7"/>
            </lines></class>
            """));

        Assert.Equal([7], read.Lines("/src/a.cs").Keys);
        Assert.Equal(new LineHits(4, 2, 2), read.Lines("/src/a.cs")[7]);
    }

    [Fact]
    public void Cobertura_line_number_beyond_32_bits_is_skipped_with_a_warning_naming_file_and_line()
    {
        var read = CoverageReading.Text(Cobertura("""
            <class name="A" filename="a.cs"><lines>
            <line number="1" hits="1"/>
            <line number="4294967297" hits="1"/>
            </lines></class>
            """), "cov.xml");

        Assert.Equal([1], read.Lines("/src/a.cs").Keys);
        var warning = Assert.Single(read.With(CoverageDiagnosticCodes.BadRecord));
        Assert.Equal(("cov.xml", 7), (warning.Path, warning.Line));
        Assert.Contains("4294967297", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JaCoCo_line_attributes_with_references_in_any_order_are_read_and_prefixed_look_alikes_are_not()
    {
        var read = CoverageReading.Text("""
            <report name="r" xmlns:x="urn:x"><package name="p&amp;q"><sourcefile name="A.java">
            <line cb="1" x:ci="9" mb="&#49;" ci="2" mi="0" x:nr="8" nr="&#55;"/>
            </sourcefile></package></report>
            """);

        Assert.Equal(new LineHits(2, 2, 1), Assert.Single(read.Lines("p&q/A.java")).Value);
        Assert.Equal(7, read.Lines("p&q/A.java").Keys.Single());
    }

    [Fact]
    public void Clover_line_attributes_with_references_in_any_order_are_read_and_prefixed_look_alikes_are_not()
    {
        var read = CoverageReading.Text("""
            <coverage clover="4.4.1" xmlns:x="urn:x"><project><package name="p"><file name="A.java" path="src/A&amp;B.java">
            <line count="&#51;" x:num="1" type="st&#109;t" num="4"/>
            <line x:type="stmt" type="method" num="5" count="1"/>
            </file></package></project></coverage>
            """);

        Assert.Equal(new LineHits(3, 0, 0), Assert.Single(read.Lines("src/A&B.java")).Value);
        Assert.Equal(4, read.Lines("src/A&B.java").Keys.Single());
    }

    private static string Cobertura(string classes) => $"""
        <?xml version="1.0"?>
        <coverage line-rate="1">
          <sources><source>/src</source></sources>
          <packages><package name="p"><classes>
        {classes}
          </classes></package></packages>
        </coverage>
        """;
}
