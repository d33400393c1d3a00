using System.Xml;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence;

/// <summary>Runs a streaming XML reader over an artifact and turns malformed content into one diagnostic with its line.</summary>
public static class XmlArtifact
{
    public const string MalformedCode = "malformed-xml";

    public const string DtdProhibitedCode = "xml-dtd-prohibited";

    public static T? Read<T>(Stream content, string path, DiagnosticBag diagnostics, Func<XmlReader, T?> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            var settings = SafeXmlReaderSettings.Create();
            if (KnownDoctype.IsKnownStandardDoctype(content))
            {
                settings.DtdProcessing = DtdProcessing.Ignore;
            }

            using var xml = XmlReader.Create(content, settings);
            return read(xml);
        }
        catch (XmlException e)
        {
            var line = e.LineNumber > 0 ? e.LineNumber : (int?)null;
            if (e.Message.Contains("DTD", StringComparison.Ordinal))
            {
                diagnostics.Error(DtdProhibitedCode, "the file declares a DTD (<!DOCTYPE>); DTDs are never processed because their entities can read files or the network, so the file is not used", path, line ?? DoctypeLine(content));
            }
            else
            {
                diagnostics.Error(MalformedCode, $"not well-formed XML, file not used: {WithoutPosition(e)}", path, line);
            }

            return null;
        }
    }

    /// <summary>
    /// Calls <paramref name="element"/> on each element from the root on, passing over everything else. The callback
    /// must move the reader on: Read() to go into the element, Skip() to pass it, or read it whole.
    /// </summary>
    public static void ForEachElement(XmlReader xml, Action<XmlReader> element)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(element);
        xml.MoveToContent();
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                element(xml);
            }
            else
            {
                xml.Read();
            }
        }
    }

    /// <summary>The line of the <c>&lt;!DOCTYPE</c>: the exception that refuses a DTD carries no position.</summary>
    private static int? DoctypeLine(Stream content)
    {
        if (!content.CanSeek)
        {
            return null;
        }

        content.Position = 0;
        var head = new byte[64 * 1024];
        var length = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var at = head.AsSpan(0, length).IndexOf("<!DOCTYPE"u8);
        return at < 0 ? null : head.AsSpan(0, at).Count((byte)'\n') + 1;
    }

    // XmlException messages end with " Line 3, position 5."; the line goes to the diagnostic, the column stays in the text.
    private static string WithoutPosition(XmlException e)
    {
        var message = e.Message;
        var at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 && e.LineNumber > 0 ? $"{message[..at].TrimEnd()} (column {e.LinePosition})" : message;
    }
}
