namespace ReadinessAction.Reporting.Templates;

/// <summary>The only file I/O of Reporting: the default templates embedded in the binary and the user's template file.</summary>
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

    /// <exception cref="TemplateException">The file is missing, too large or unreadable.</exception>
    public static string ReadUser(string path)
    {
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists)
            {
                throw new TemplateException("the file does not exist");
            }

            if (file.Length > MaxUserTemplateBytes)
            {
                throw new TemplateException($"the file is larger than {MaxUserTemplateBytes / 1024} KiB");
            }

            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new TemplateException($"the file cannot be read ({e.Message})");
        }
    }
}
