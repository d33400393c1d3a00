using System.Buffers;

using Markdig.Extensions.TaskLists;
using Markdig.Syntax.Inlines;

namespace ReadinessAction.Checklists;

/// <summary>Plain text of Markdown inlines: emphasis stripped, code spans kept in backticks, one entry per source line.</summary>
internal static class InlineText
{
    public sealed record TextLine(int LineOffset, string Text, IReadOnlyList<string> Links, TaskState? Task);

    public static IReadOnlyList<TextLine> Lines(ContainerInline? container)
    {
        var lines = new List<TextLine>();
        if (container is null)
        {
            return lines;
        }

        var text = new TextBuffer();
        var links = new List<string>();
        TaskState? task = null;
        var offset = 0;
        void Flush()
        {
            lines.Add(new TextLine(offset, Normalize(text.Span), links.Count == 0 ? [] : [.. links], task));
            text.Clear();
            links.Clear();
            task = null;
            offset++;
        }

        // Inline trees are shallow except for nested emphasis/links; an explicit stack keeps hostile input safe.
        var pending = new Stack<Inline>();
        PushChildren(pending, container);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case TaskList box when text.Length == 0 && offset == 0:
                    task = box.Checked ? TaskState.Checked : TaskState.Unchecked;
                    break;
                case TaskList box:
                    text.Append(box.Checked ? "[x]" : "[ ]");
                    break;
                case LineBreakInline:
                    Flush();
                    break;
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append("`");
                    text.Append(code.Content);
                    text.Append("`");
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline auto:
                    text.Append(auto.Url);
                    break;
                case LinkInline link:
                    if (!link.IsImage && IsRelative(link.Url))
                    {
                        links.Add(link.Url!);
                    }

                    PushChildren(pending, link);
                    break;
                case ContainerInline inner:
                    PushChildren(pending, inner);
                    break;
            }
        }

        Flush();
        return lines;
    }

    /// <summary>The words of the text (split at white space) joined by single spaces: what
    /// <c>string.Join(' ', text.Split(null, RemoveEmptyEntries))</c> makes, in one pass without the word array.</summary>
    public static string Normalize(string text) => IsNormal(text) ? text : Normalize(text.AsSpan());

    /// <summary><see cref="Normalize(string)"/> of text still in a buffer: one string is made, of the words only.</summary>
    private static string Normalize(ReadOnlySpan<char> text)
    {
        var words = text.Trim();
        if (IsNormal(words))
        {
            return words.ToString();
        }

        var length = 0;
        var gap = false;
        foreach (var c in words)
        {
            if (char.IsWhiteSpace(c))
            {
                gap = true;
                continue;
            }

            length += gap ? 2 : 1;
            gap = false;
        }

        return string.Create(length, words, static (target, words) =>
        {
            var at = 0;
            var gap = false;
            foreach (var c in words)
            {
                if (char.IsWhiteSpace(c))
                {
                    gap = true;
                    continue;
                }

                if (gap)
                {
                    target[at++] = ' ';
                    gap = false;
                }

                target[at++] = c;
            }
        });
    }

    /// <summary>Single spaces between words, none at either end: the text is already what <see cref="Normalize"/> makes.</summary>
    private static bool IsNormal(ReadOnlySpan<char> text) =>
        text.IsEmpty || (text[0] != ' ' && text[^1] != ' ' && text.IndexOfAny(OtherWhiteSpace) < 0 && text.IndexOf("  ", StringComparison.Ordinal) < 0);

    /// <summary>Every white-space character (<see cref="char.IsWhiteSpace(char)"/>) but the space.</summary>
    private static readonly SearchValues<char> OtherWhiteSpace = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => char.IsWhiteSpace(c) && c != ' ')]);

    /// <summary>Last child first, so the first is popped first.</summary>
    private static void PushChildren(Stack<Inline> pending, ContainerInline container)
    {
        for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
        {
            pending.Push(child);
        }
    }

    private static bool IsRelative(string? url) =>
        !string.IsNullOrWhiteSpace(url) && !url.StartsWith('#') && !url.Contains("://", StringComparison.Ordinal) &&
        !url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The text of one line while its inlines are read: a growing array, so clearing it copies nothing (a
/// <see cref="System.Text.StringBuilder"/> of several chunks copies them into one when cleared).</summary>
internal sealed class TextBuffer
{
    private char[] _chars = new char[256];

    public int Length { get; private set; }

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public void Append(ReadOnlySpan<char> text)
    {
        if (Length + text.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + text.Length));
        }

        text.CopyTo(_chars.AsSpan(Length));
        Length += text.Length;
    }

    public void Clear() => Length = 0;
}
