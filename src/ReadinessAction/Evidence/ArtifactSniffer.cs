using System.Text;
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
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        // UTF-16 without BOM: an XML declaration starts "<\0?\0".
        if (bytes.Length >= 4 && bytes[0] == (byte)'<' && bytes[1] == 0)
        {
            return Encoding.Unicode.GetString(bytes);
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private static (string? Root, IReadOnlyDictionary<string, string> Attributes, string? FirstChild) ReadXmlHead(byte[] buffer, int length)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        string? root = null;
        string? firstChild = null;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, CheckCharacters = false };
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
