using ReadinessAction.Evidence;

namespace ReadinessAction.Tests.Evidence;

public sealed class KnownDoctypeTests
{
    [Theory]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd"><coverage/>""")]
    [InlineData("""<?xml version="1.0"?>\n<!DOCTYPE coverage SYSTEM 'http://cobertura.sourceforge.net/xml/coverage-03.dtd'>\n<coverage/>""")]
    [InlineData("""<!DOCTYPE coverage SYSTEM "coverage-04.dtd"><coverage/>""")]
    [InlineData("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report/>""")]
    [InlineData("""<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.0//EN" "report.dtd"[]><report/>""")]
    public void Standard_cobertura_and_jacoco_doctypes_are_known(string head) =>
        Assert.True(KnownDoctype.IsKnownStandardDoctype(head));

    [Theory]
    [InlineData("""<coverage/>""")]
    [InlineData("""<!DOCTYPE coverage SYSTEM "http://evil.example/coverage-04.dtd"><coverage/>""")]
    [InlineData("""<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd" [<!ENTITY x "y">]><coverage/>""")]
    [InlineData("""<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "http://127.0.0.1/report.dtd"><report/>""")]
    [InlineData("""<!DOCTYPE test-results SYSTEM "nunit.dtd"><test-results/>""")]
    [InlineData("""<coverage/><!DOCTYPE coverage SYSTEM "coverage-04.dtd">""")]
    public void Any_other_doctype_or_none_is_not(string head) =>
        Assert.False(KnownDoctype.IsKnownStandardDoctype(head));

    [Fact]
    public void Peeking_restores_the_stream_position()
    {
        var stream = new MemoryStream("""<!DOCTYPE coverage SYSTEM "coverage-04.dtd"><coverage/>"""u8.ToArray());

        Assert.True(KnownDoctype.IsKnownStandardDoctype(stream));
        Assert.Equal(0, stream.Position);
    }
}
