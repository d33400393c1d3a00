using System.Globalization;
using System.Xml;

namespace ReadinessAction.Tests.RealProducers;

/// <summary>The lines-covered and lines-valid attributes a Cobertura producer wrote on its root element.</summary>
public sealed record CoberturaRootCounts(long LinesCovered, long LinesValid)
{
    public static CoberturaRootCounts Read(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(path, settings);
        reader.MoveToContent();
        long Attribute(string name) => long.Parse(
            reader.GetAttribute(name) ?? throw new FormatException($"{path}: <{reader.LocalName}> has no {name} attribute"),
            CultureInfo.InvariantCulture);
        return new CoberturaRootCounts(Attribute("lines-covered"), Attribute("lines-valid"));
    }
}
