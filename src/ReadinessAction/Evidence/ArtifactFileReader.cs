using ReadinessAction.Diagnostics;
using ReadinessAction.Workspace;

namespace ReadinessAction.Evidence;

/// <summary>Reads one workspace file: sniff its content, choose the reader, read; every failure becomes a diagnostic.</summary>
internal sealed class ArtifactFileReader
{
    private readonly ArtifactReaderRegistry _registry;
    private readonly WorkspaceFileGuard _files;

    public ArtifactFileReader(ArtifactReaderRegistry registry, WorkspaceFileGuard files)
    {
        _registry = registry;
        _files = files;
    }

    /// <param name="expected">The kind the matching glob asked for, or null when globs of both kinds matched.</param>
    public ArtifactEvidence? Read(string path, ArtifactKind? expected, DiagnosticBag diagnostics)
    {
        try
        {
            using var stream = _files.OpenRead(path);
            if (stream.Length == 0)
            {
                diagnostics.Error("empty-file", "the file is empty", path);
                return null;
            }

            var sniff = ArtifactSniffer.Sniff(stream, path);
            stream.Position = 0;
            var reader = (expected is null ? null : _registry.Find(sniff, expected)) ?? _registry.Find(sniff);
            if (reader is null)
            {
                if (!sniff.IsXml && sniff.Head.TrimStart().StartsWith('<') && ExplainedAsXml(stream, path, diagnostics))
                {
                    return null;
                }

                diagnostics.Error("unsupported-format", $"{Describe(sniff)}; file not used", path);
                return null;
            }

            if (expected is not null && reader.Kind != expected)
            {
                diagnostics.Warning(
                    "kind-mismatch",
                    $"matched by {Option(expected.Value)} but its content is {Noun(reader.Kind)} ({reader.Format}); read as {Noun(reader.Kind)}",
                    path);
            }

            return reader.Read(stream, path, diagnostics);
        }
        catch (WorkspaceFileException e)
        {
            diagnostics.Error("unreadable-file", $"the file {e.Rule}", path);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error("unreadable-file", $"the file could not be read: {e.Message}", path);
            return null;
        }
    }

    /// <summary>XML whose root could not be read: the safe reader goes through it to name the fault and its line
    /// (a prohibited DTD, an undeclared entity, an unclosed tag). False when it reads through without one.</summary>
    private static bool ExplainedAsXml(Stream stream, string path, DiagnosticBag diagnostics)
    {
        stream.Position = 0;
        var before = diagnostics.Items.Count;
        XmlArtifact.Read<object>(stream, path, diagnostics, xml =>
        {
            while (xml.Read())
            {
            }

            return null;
        });
        return diagnostics.Items.Count > before;
    }

    private static string Noun(ArtifactKind kind) => kind switch
    {
        ArtifactKind.Coverage => "coverage",
        ArtifactKind.Findings => "findings",
        _ => "test results",
    };

    private static string Option(ArtifactKind kind) => kind switch
    {
        ArtifactKind.Coverage => "--coverage",
        ArtifactKind.Findings => "--findings",
        _ => "--test-results",
    };

    private string Describe(ArtifactSniff sniff)
    {
        if (sniff.IsXml)
        {
            return $"XML with root element <{sniff.XmlRoot}> is not a test-result or coverage format this version reads";
        }

        var head = sniff.Head.TrimStart();
        if (head.Contains('\0', StringComparison.Ordinal) && !head.StartsWith('<'))
        {
            return "binary content, not a test-result or coverage report";
        }

        return head switch
        {
            _ when head.StartsWith('<') => "looks like XML, but its root element could not be read (not well-formed near the start)",
            _ when sniff.LooksLikeJson => $"JSON, but none of the formats this version reads ({string.Join(", ", _registry.Readers.Select(r => r.Format))})",
            _ => "neither XML nor JSON of a test-result or coverage format this version reads",
        };
    }
}
