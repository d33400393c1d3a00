using ReadinessAction.Workspace;

namespace ReadinessAction.Reporting.Templates;

/// <summary>The only file I/O of Reporting: the default templates embedded in the binary and the user's template file (through the workspace guard).</summary>
internal static class TemplateFileLoader
{
    private const long MaxUserTemplateBytes = 1024 * 1024;

    /// <summary>A template of <c>templates/</c>, embedded as <c>templates.{fileName}</c>.</summary>
    public static string ReadDefault(string fileName)
    {
        using var stream = typeof(TemplateFileLoader).Assembly.GetManifestResourceStream($"templates.{fileName}")
            ?? throw new InvalidOperationException($"the default template {fileName} is not embedded in the binary");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <exception cref="TemplateException">The file is missing, too large, unreadable, or refused by the workspace rules.</exception>
    public static string ReadUser(WorkspaceFileGuard? files, string path)
    {
        if (files is null)
        {
            throw new TemplateException("no workspace is known to read it from");
        }

        try
        {
            return files.ReadAllText(path, MaxUserTemplateBytes);
        }
        catch (WorkspaceFileException e)
        {
            // The rule only, never the content: a template linked to /proc/self/environ must not leak a byte.
            throw new TemplateException(e.TooLarge ? $"the file is larger than {MaxUserTemplateBytes / 1024} KiB" : $"the file {e.Rule}");
        }
    }
}
