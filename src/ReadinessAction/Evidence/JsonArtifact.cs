using System.Text;
using System.Text.Json;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence;

/// <summary>
/// Opens a JSON artifact as UTF-8 (PowerShell writes UTF-16 with a BOM) and turns malformed content into one
/// diagnostic with its line.
/// </summary>
public static class JsonArtifact
{
    public static T? Read<T>(Stream content, string path, DiagnosticBag diagnostics, Func<Stream, T?> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            var utf8 = AsUtf8(content);
            try
            {
                return read(utf8);
            }
            finally
            {
                if (!ReferenceEquals(utf8, content))
                {
                    utf8.Dispose();
                }
            }
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } zeroBased ? (int)zeroBased + 1 : (int?)null;
            diagnostics.Error("malformed-json", $"not valid JSON, file not used: {WithoutPath(e.Message)}", path, line);
            return null;
        }
        catch (DecoderFallbackException e)
        {
            diagnostics.Error("malformed-json", $"not valid UTF-8 or UTF-16 text, file not used: {e.Message}", path);
            return null;
        }
    }

    /// <summary>Content as UTF-8: UTF-16 with a BOM is transcoded (seekable streams only); a UTF-8 BOM is left for the JSON reader.</summary>
    public static Stream AsUtf8(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanSeek)
        {
            return content;
        }

        var start = content.Position;
        Span<byte> bom = stackalloc byte[2];
        var read = content.ReadAtLeast(bom, 2, throwOnEndOfStream: false);
        content.Position = start;
        if (read == 2 && ((bom[0] == 0xFF && bom[1] == 0xFE) || (bom[0] == 0xFE && bom[1] == 0xFF)))
        {
            var encoding = bom[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return Encoding.CreateTranscodingStream(content, encoding, Encoding.UTF8, leaveOpen: true);
        }

        return content;
    }

    // System.Text.Json messages say "Path: $.x | LineNumber: 3 | BytePositionInLine: 4." (a bare Utf8JsonReader's
    // "LineNumber: 3 | BytePositionInLine: 4."); keep the first sentence.
    internal static string WithoutPath(string message)
    {
        var at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        at = at > 0 ? at : message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }
}
