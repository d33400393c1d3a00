using System.Text.RegularExpressions;

using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace ReadinessAction.Checklists;

/// <summary>Markdown text to <see cref="ChecklistDocument"/> (Markdig with pipe tables and task lists). Pure.</summary>
public static partial class ChecklistParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().UseTaskLists().Build();

    public static ChecklistDocument Parse(string markdown, string path)
    {
        var root = new ChecklistSection(path, 0, 1, null);
        var builder = new DocumentBuilder(root);
        var codeLines = new HashSet<int>();
        var pending = new Stack<(Block Block, bool LeadsListItem)>();
        pending.Push((Markdown.Parse(markdown, Pipeline), false));
        while (pending.Count > 0)
        {
            var (block, leadsListItem) = pending.Pop();
            switch (block)
            {
                case HeadingBlock heading:
                    builder.Heading(heading);
                    break;
                case ParagraphBlock paragraph:
                    builder.Paragraph(paragraph, leadsListItem);
                    break;
                case Table table:
                    builder.Table(table);
                    break;
                case YamlFrontMatterBlock frontMatter:
                    builder.FrontMatter(frontMatter);
                    break;
                case CodeBlock code:
                    AddLines(codeLines, markdown, code);
                    break;
                case ListItemBlock item:
                    PushChildren(pending, item, firstLeads: true);
                    break;
                case ContainerBlock container when container is not Table:
                    PushChildren(pending, container, firstLeads: false);
                    break;
            }
        }

        builder.AlignedTables(AlignedTableReader.Read(markdown));
        var document = builder.Build(CountLines(markdown));
        document.Waivers = WaiverMarkerFinder.Find(markdown, document, codeLines);
        return document;
    }

    internal static (TaskState? State, string Title, int? Number) SplitHeadingTask(string text)
    {
        var box = HeadingBox().Match(text);
        TaskState? state = null;
        if (box.Success)
        {
            state = box.Groups[1].Value == " " ? TaskState.Unchecked : TaskState.Checked;
            text = text[box.Length..];
        }

        var number = LeadingNumber().Match(text);
        return (state, text, number.Success ? int.Parse(number.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null);
    }

    private static void PushChildren(Stack<(Block, bool)> pending, ContainerBlock container, bool firstLeads)
    {
        for (var i = container.Count - 1; i >= 0; i--)
        {
            pending.Push((container[i], firstLeads && i == 0 && container[i] is ParagraphBlock));
        }
    }

    private static int CountLines(string text) => text.AsSpan().Count('\n') + 1;

    /// <summary>The 1-based lines a code block spans, fences included: a marker shown as an example is not a marker.</summary>
    private static void AddLines(HashSet<int> lines, string markdown, CodeBlock code)
    {
        var start = Math.Clamp(code.Span.Start, 0, markdown.Length);
        var end = Math.Clamp(code.Span.End + 1, start, markdown.Length);
        var last = code.Line + 1 + markdown.AsSpan(start, end - start).Count('\n');
        for (var line = code.Line + 1; line <= last; line++)
        {
            lines.Add(line);
        }
    }

    [GeneratedRegex(@"^\[([ xX])\]\s*")]
    private static partial Regex HeadingBox();

    [GeneratedRegex(@"^(\d{1,3})[.)]\s+")]
    private static partial Regex LeadingNumber();
}
