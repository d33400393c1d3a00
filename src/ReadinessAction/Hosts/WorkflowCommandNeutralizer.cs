using System.Text;
using System.Text.RegularExpressions;

namespace ReadinessAction.Hosts;

/// <summary>
/// Wraps the console so that no text we print (file names, claim text, messages) can be taken by a CI runner for a
/// command: a line starting with <c>::</c> (GitHub Actions) or <c>##[</c>, and <c>##vso[</c> anywhere (Azure
/// Pipelines), get a zero-width space that breaks the command and not the reading. Our own workflow commands are
/// written to the unwrapped writer by <c>WorkflowCommands</c>.
/// </summary>
public sealed partial class WorkflowCommandNeutralizer(TextWriter inner) : TextWriter
{
    private const char Breaker = '\u200B';

    private readonly StringBuilder _line = new();

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        _line.Append(value);
        if (value is '\n' or '\r')
        {
            Emit();
        }
    }

    public override void Write(string? value)
    {
        foreach (var c in value ?? "")
        {
            Write(c);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        for (var i = index; i < index + count; i++)
        {
            Write(buffer[i]);
        }
    }

    public override void Flush()
    {
        Emit();
        inner.Flush();
    }

    /// <summary>The text as it will be printed: commands that did not come from us are broken.</summary>
    public static string Neutralize(string line)
    {
        var text = new StringBuilder(line.Length + 2);
        var start = 0;
        while (start < line.Length && char.IsWhiteSpace(line[start]) && line[start] is not ('\n' or '\r'))
        {
            start++;
        }

        text.Append(line, 0, start);
        var rest = line[start..];
        if (rest.StartsWith("::", StringComparison.Ordinal) || rest.StartsWith("##[", StringComparison.Ordinal))
        {
            text.Append(Breaker);
        }

        text.Append(rest);
        return AzureCommand().Replace(text.ToString(), m => m.Value[..^1] + Breaker + "[");
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    [GeneratedRegex(@"##vso\[", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AzureCommand();

    private void Emit()
    {
        if (_line.Length > 0)
        {
            inner.Write(Neutralize(_line.ToString()));
            _line.Clear();
        }
    }
}
