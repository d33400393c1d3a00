using System.Xml;

namespace ReadinessAction.Evidence;

/// <summary>Reads the head of an artifact to learn its shape (root element, first child, text head) without parsing it all.</summary>
public static class ArtifactSniffer
{
    private const int HeadBytes = 16 * 1024;

    public static ArtifactSniff Sniff(Stream content, string path)
    {
        var buffer = new byte[HeadBytes];
        var read = content.ReadAtLeast(buffer, HeadBytes, throwOnEndOfStream: false);
        var head = Decode(buffer.AsSpan(0, read));
        var (root, attributes, firstChild) = ReadXmlHead(buffer, read);
        return new ArtifactSniff(path, head, root, attributes, firstChild);
    }

    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        var (encoding, bomLength) = ArtifactEncoding.Detect(bytes);
        return encoding.GetString(bytes[bomLength..]);
    }

    private static (string? Root, IReadOnlyDictionary<string, string> Attributes, string? FirstChild) ReadXmlHead(byte[] buffer, int length)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        string? root = null;
        string? firstChild = null;
        // Only the root and its first child are looked at, so any DOCTYPE is skipped unread (nothing is resolved);
        // the readers decide whether a DTD is acceptable. The safe settings also enable legacy code pages.
        var settings = SafeXmlReaderSettings.Create();
        settings.DtdProcessing = DtdProcessing.Ignore;
        settings.CheckCharacters = false;
        try
        {
            using var stream = new MemoryStream(buffer, 0, length, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (root is null)
                {
                    root = reader.LocalName;
                    for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                    {
                        attributes[reader.LocalName] = reader.Value;
                    }

                    reader.MoveToElement();
                    continue;
                }

                firstChild = reader.LocalName;
                break;
            }
        }
        catch (XmlException)
        {
            // The head ends mid-document or is not XML at all; what was seen so far is the answer.
        }

        return (root, attributes, firstChild);
    }
}
