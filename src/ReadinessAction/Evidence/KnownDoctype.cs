using System.Text.RegularExpressions;

namespace ReadinessAction.Evidence;

/// <summary>
/// DTDs are prohibited, with one exception: the standard DOCTYPE line of a format whose producers always write it
/// (every JaCoCo report, Java and PHP Cobertura), naming the format's public DTD and declaring nothing itself.
/// Such a file is read with the DOCTYPE skipped unread (DtdProcessing.Ignore, no resolver): nothing is fetched and,
/// with no internal subset, no entity can exist. Any other DOCTYPE is still refused.
/// </summary>
public static partial class KnownDoctype
{
    private const int HeadBytes = 16 * 1024;

    /// <summary>Whether the document's DOCTYPE (if any, near its start) is one of the known standard ones.
    /// Reads the head and restores the position; a stream that cannot seek is not inspected (false).</summary>
    public static bool IsKnownStandardDoctype(Stream content)
    {
        if (!content.CanSeek)
        {
            return false;
        }

        var start = content.Position;
        var buffer = new byte[HeadBytes];
        var read = content.ReadAtLeast(buffer, HeadBytes, throwOnEndOfStream: false);
        content.Position = start;
        var (encoding, bomLength) = ArtifactEncoding.Detect(buffer.AsSpan(0, read));
        return IsKnownStandardDoctype(encoding.GetString(buffer, bomLength, read - bomLength));
    }

    public static bool IsKnownStandardDoctype(string head)
    {
        var match = Doctype().Match(head);
        return match.Success && match.Index < FirstElement(head) && IsKnown(match.Groups["name"].Value, match.Groups["public"].Value, match.Groups["system"].Value);
    }

    private static bool IsKnown(string name, string publicId, string systemId) => name switch
    {
        "coverage" => CoberturaDtd().IsMatch(systemId) && publicId.Length == 0,
        "report" => JaCoCoPublicId().IsMatch(publicId) && systemId == "report.dtd",
        _ => false,
    };

    private static int FirstElement(string head)
    {
        var element = ElementStart().Match(head);
        return element.Success ? element.Index : head.Length;
    }

    // <!DOCTYPE name SYSTEM "s" | PUBLIC "p" "s", then at most an empty internal subset ("[]", JaCoCo 0.8 writes it).
    [GeneratedRegex("""<!DOCTYPE\s+(?<name>[\w.:-]+)\s+(?:SYSTEM|PUBLIC\s+(?<q>["'])(?<public>[^"']*)\k<q>)\s+(?<r>["'])(?<system>[^"']*)\k<r>\s*(?:\[\s*\])?\s*>""")]
    private static partial Regex Doctype();

    [GeneratedRegex("""^(?:https?://cobertura\.sourceforge\.net/xml/)?coverage-0[1-4]\.dtd$""")]
    private static partial Regex CoberturaDtd();

    [GeneratedRegex("""^-//JACOCO//DTD Report 1\.\d+//EN$""")]
    private static partial Regex JaCoCoPublicId();

    [GeneratedRegex("""<[A-Za-z_]""")]
    private static partial Regex ElementStart();
}
