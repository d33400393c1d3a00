using ReadinessAction.Diagnostics;

namespace ReadinessAction.Checklists;

/// <summary>Bytes of a checklist file to a parsed document: decode, repair mojibake, guard size, parse.</summary>
public static class ChecklistLoader
{
    /// <summary>Real checklists are a few hundred KB at most; beyond this the file is refused, not parsed.</summary>
    public const int MaxBytes = 8 * 1024 * 1024;

    public static ChecklistDocument? Parse(ReadOnlySpan<byte> bytes, string path, DiagnosticBag diagnostics)
    {
        if (bytes.Length > MaxBytes)
        {
            diagnostics.Error("checklist-too-large", $"the file is {bytes.Length / (1024 * 1024)} MB; checklists over {MaxBytes / (1024 * 1024)} MB are not read", path);
            return null;
        }

        var text = ChecklistTextDecoder.Decode(bytes, path, diagnostics);
        if (text is null)
        {
            return null;
        }

        if (MojibakeRepairer.TryRepair(text) is { } repair)
        {
            diagnostics.Info("mojibake-repaired", $"repaired {repair.Replacements} characters of UTF-8 text that had been decoded as {repair.CodePage} (e.g. '‚úÖ' → '✅')", path);
            text = repair.Text;
        }

        text = MarkdownNesting.Limit(text, path, diagnostics);
        ChecklistDocument document;
        try
        {
            document = ChecklistParser.Parse(text, path);
        }
        catch (ArgumentException e)
        {
            // Markdig refuses pathological nesting that slipped past MarkdownNesting.
            diagnostics.Error("checklist-unparsable", $"the Markdown could not be parsed: {e.Message}", path);
            return null;
        }

        if (document.Items.Count == 0 && document.Lines.Count == 0)
        {
            diagnostics.Warning("checklist-empty", "the file holds no text", path);
        }

        return document;
    }
}
