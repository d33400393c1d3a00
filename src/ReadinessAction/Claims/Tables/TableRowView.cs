using System.Text.RegularExpressions;

using ReadinessAction.Checklists;
using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Claims.Tables;

/// <summary>A body row of an understood table: its cells with their spans in the row text, its label and the roles around it.</summary>
public sealed partial class TableRowView
{
    private readonly int[] _starts;

    public TableRowView(ClaimSource source, TableLayout layout)
    {
        Source = source;
        Layout = layout;
        Cells = source.Line.Cells ?? [];

        // The row text is "| " + cells joined by " | " + " |" (DocumentBuilder), so each cell's span is known.
        _starts = new int[Cells.Count];
        var at = 2;
        for (var i = 0; i < Cells.Count; i++)
        {
            _starts[i] = at;
            at += Cells[i].Length + 3;
        }

        LabelColumn = FindLabelColumn();
        Label = LabelColumn < 0 ? "" : Clean(Cells[LabelColumn]);
        LabelRole = TableVocabulary.RoleOf(Label, r => RoleKinds.Measures(r) || RoleKinds.ClaimsNothing(r)) is var role && role == ColumnRole.Failed && CountsErrors(Label)
            ? ColumnRole.Artifact
            : role;
        // Under "### Test 3: Compression - PASS" the table holds what that one test measured, not test figures.
        SectionRole = OneTest().IsMatch(source.Line.Section.Title) ? null : TableVocabulary.RoleOf(source.Line.Section.Title, RoleKinds.Measures);
    }

    public ClaimSource Source { get; }

    /// <summary>"| **TOTAL** | 54 | 53 |": a row summing the rows above it.</summary>
    public bool IsTotal => TableVocabulary.Names(Label, ColumnRole.TotalWord);

    public TableLayout Layout { get; }

    public IReadOnlyList<string> Cells { get; }

    /// <summary>The cell naming the row's subject: the first text cell of a label, path or unknown column ("1" is skipped).</summary>
    public int LabelColumn { get; }

    public string Label { get; }

    /// <summary>What the row label measures ("Test Coverage" → Coverage), or null.</summary>
    public ColumnRole? LabelRole { get; }

    /// <summary>What the section heading measures ("Coverage (Seuil: 85%)" → Coverage), or null.</summary>
    public ColumnRole? SectionRole { get; }

    public int Start(int column) => _starts[column];

    public int End(int column) => _starts[column] + Cells[column].Length;

    /// <summary>The text without emphasis, status markers and a sub-row's leading dash ("- MultipleChoice").</summary>
    public static string Clean(string cell) => StatusMarkers.Strip(cell.Replace("*", "", StringComparison.Ordinal)).TrimStart('-', ' ').Trim();

    /// <summary>"Linting Errors", "Type Errors": a row counting what a compiler or linter reports, not failed tests. A bare
    /// "Errors" or "错误" row of a test summary counts tests that errored.</summary>
    private static bool CountsErrors(string label) =>
        LineTerms.Matches("error-nouns", label) && !LineTerms.Matches("test-nouns", label) && LineTerms.Of("error-nouns").Replace(label, "").Any(char.IsLetter);

    private int FindLabelColumn()
    {
        for (var i = 0; i < Cells.Count; i++)
        {
            var role = Layout.RoleAt(i);
            if ((role is null or ColumnRole.Label or ColumnRole.Path or ColumnRole.Notes) && Cells[i].Any(char.IsLetter))
            {
                return i;
            }
        }

        return Cells.Count > 0 ? 0 : -1;
    }

    [GeneratedRegex(@"^\W*" + TermPatterns.TestNouns + @"\s*#?\d+\s*[:.\-–—]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OneTest();
}
