namespace ReadinessAction.Evidence;

/// <summary>
/// The first bytes of an artifact, decoded, plus what they say about its shape. Readers decide from this alone
/// whether the content is theirs: detection is by content, never by file name.
/// </summary>
/// <param name="Path">Workspace-relative path, for diagnostics only.</param>
/// <param name="Head">The first few KB of text (BOM removed, decoded by BOM or XML declaration).</param>
/// <param name="XmlRoot">Local name of the root element when the content is XML, else null.</param>
/// <param name="XmlRootAttributes">Attributes of the root element (local names), empty when not XML.</param>
/// <param name="XmlFirstChild">Local name of the first child element of the root, when seen in the head.</param>
public sealed record ArtifactSniff(
    string Path,
    string Head,
    string? XmlRoot,
    IReadOnlyDictionary<string, string> XmlRootAttributes,
    string? XmlFirstChild)
{
    public bool IsXml => XmlRoot is not null;

    public bool LooksLikeJson => Head.TrimStart().StartsWith('{') || Head.TrimStart().StartsWith('[');
}
