using System.Xml;

namespace ReadinessAction.Evidence;

/// <summary>The one way artifacts are opened as XML: streaming, no DTD processing, nothing resolved.</summary>
public static class SafeXmlReaderSettings
{
    /// <remarks>
    /// DtdProcessing.Ignore, not Prohibit: every JaCoCo report and most Java/PHP Cobertura reports start with a
    /// harmless <c>&lt;!DOCTYPE ... SYSTEM "...dtd"&gt;</c>, which Prohibit rejects. Ignore skips the DOCTYPE without
    /// reading it, so no entity is ever declared: a reference such as <c>&amp;xxe;</c> fails as undeclared, and with
    /// no resolver nothing is fetched (no XXE, no entity expansion).
    /// </remarks>
    public static XmlReaderSettings Create()
    {
        ArtifactEncoding.EnableCodePages();
        return new()
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreWhitespace = true,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CheckCharacters = true,
            MaxCharactersFromEntities = 1024,
            CloseInput = false,
        };
    }
}
