using ReadinessAction.Evidence.Coverage;
using ReadinessAction.Evidence.Coverage.OpenCover;

namespace ReadinessAction.Tests.Evidence.Coverage;

public sealed class OpenCoverReaderTests
{
    private const string Cart = "C:/build/src/core/Cart.cs";
    private const string Api = "C:/build/src/svc/Api.cs";

    [Fact]
    public void OpenCover_totals_and_files_come_from_sequence_and_branch_points()
    {
        var read = CoverageReading.Fixture("opencover_opencover.xml");

        Assert.IsType<OpenCoverReader>(read.Reader);
        Assert.Equal(new CoverageTotals(6, 3, 4, 1), read.Totals);
        Assert.Equal([Cart, Api], read.Set.Files.Select(f => f.Path));
        Assert.Empty(read.Diagnostics);
    }

    [Fact]
    public void OpenCover_sequence_point_over_several_lines_makes_each_line_coverable()
    {
        var cart = CoverageReading.Fixture("opencover_opencover.xml").Lines(Cart);

        Assert.Equal([10, 11, 12, 14], cart.Keys.Order());
        Assert.Equal(2, cart[12].Hits);
    }

    [Fact]
    public void OpenCover_branch_point_without_line_belongs_to_the_sequence_point_it_follows()
    {
        var read = CoverageReading.Fixture("opencover_opencover.xml");

        Assert.Equal(new LineHits(2, 2, 1), read.Lines(Cart)[10]);
        Assert.Equal(new LineHits(0, 2, 0), read.Lines(Api)[6]);
    }

    [Fact]
    public void OpenCover_module_after_a_skipped_module_is_still_read()
    {
        var read = CoverageReading.Text(Session(
            """<Module skippedDueTo="Filter"><ModuleName>A</ModuleName></Module>""",
            """<Module skippedDueTo="Filter"><ModuleName>B</ModuleName></Module>""",
            Module("1", "/src/c.cs", """<SequencePoint vc="1" offset="0" sl="3" el="3"/>""")));

        Assert.Equal(new CoverageTotals(1, 1, 0, 0), read.Totals);
    }

    [Fact]
    public void OpenCover_sessions_listing_the_same_file_combine_instead_of_doubling_branches()
    {
        var module = Module(
            "1",
            "/src/c.cs",
            """<SequencePoint vc="1" offset="0" sl="3" el="3"/>""",
            """<BranchPoint vc="1" offset="1" sl="3"/><BranchPoint vc="0" offset="1" sl="3"/>""");
        var read = CoverageReading.Text($"<root>{Session(module)}{Session(module)}</root>");

        Assert.IsType<OpenCoverReader>(read.Reader);
        Assert.Equal(new LineHits(2, 2, 1), read.Lines("/src/c.cs")[3]);
    }

    [Fact]
    public void OpenCover_branch_points_without_a_line_go_to_the_last_sequence_point_at_or_before_their_offset_else_the_first()
    {
        var read = CoverageReading.Text(Session(Module(
            "1",
            "/src/c.cs",
            """<SequencePoint vc="1" offset="4" sl="3" el="3"/><SequencePoint vc="1" offset="10" sl="5" el="5"/><SequencePoint vc="1" offset="20" sl="7" el="7"/>""",
            """<BranchPoint vc="1" offset="12"/><BranchPoint vc="0" offset="10"/><BranchPoint vc="1" offset="25"/><BranchPoint vc="0" offset="2"/>""")));

        var lines = read.Lines("/src/c.cs");
        Assert.Equal(new LineHits(1, 1, 0), lines[3]);
        Assert.Equal(new LineHits(1, 2, 1), lines[5]);
        Assert.Equal(new LineHits(1, 1, 1), lines[7]);
    }

    [Fact]
    public void OpenCover_summary_disagreeing_with_the_points_is_a_warning()
    {
        var read = CoverageReading.Text(
            """<CoverageSession><Summary numSequencePoints="9" visitedSequencePoints="9" numBranchPoints="0" visitedBranchPoints="0"/>"""
            + """<Modules>""" + Module("1", "/src/c.cs", """<SequencePoint vc="1" offset="0" sl="3" el="3"/>""") + "</Modules></CoverageSession>");

        var warning = Assert.Single(read.With(CoverageDiagnosticCodes.HeaderMismatch));
        Assert.Contains("sequence points 9/9 but its content has 1/1", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenCover_with_only_skipped_modules_is_no_data()
    {
        var read = CoverageReading.Text(Session("""<Module skippedDueTo="Filter"><ModuleName>A</ModuleName></Module>"""));

        Assert.Null(read.Evidence);
        Assert.Single(read.With(CoverageDiagnosticCodes.NoData));
    }

    private static string Session(params string[] modules) => $"<CoverageSession><Modules>{string.Concat(modules)}</Modules></CoverageSession>";

    private static string Module(string uid, string path, string sequencePoints, string branchPoints = "") => $"""
        <Module hash="x"><ModuleName>M</ModuleName>
          <Files><File uid="{uid}" fullPath="{path}"/></Files>
          <Classes><Class><FullName>C</FullName><Methods><Method visited="true">
            <FileRef uid="{uid}"/>
            <SequencePoints>{sequencePoints}</SequencePoints>
            <BranchPoints>{branchPoints}</BranchPoints>
          </Method></Methods></Class></Classes>
        </Module>
        """;
}
