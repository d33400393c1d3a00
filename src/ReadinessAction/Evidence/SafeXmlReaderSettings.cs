using System.Text;
using System.Xml;

namespace ReadinessAction.Evidence;

/// <summary>The only way artifacts are opened as XML: no DTDs, no resolver (no file or network access), streaming.</summary>
public static class SafeXmlReaderSettings
{
    static SafeXmlReaderSettings()
    {
        // Old Windows producers declare windows-125x or ISO-8859-x; .NET only knows them once this provider is registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static XmlReaderSettings Create() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };
}
