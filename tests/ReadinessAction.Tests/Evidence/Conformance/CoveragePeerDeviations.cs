namespace ReadinessAction.Tests.Evidence.Conformance;

/// <summary>The reviewed list of corpus rows where we deliberately differ from the peer; each says why.</summary>
public static class CoveragePeerDeviations
{
    private const string Lines = "expected_lines_covered";
    private const string BranchesValid = "expected_branches_valid";
    private const string BranchesCovered = "expected_branches_covered";

    public static IReadOnlyDictionary<string, CoveragePeerDeviation> All { get; } =
        new Dictionary<string, CoveragePeerDeviation>(StringComparer.Ordinal)
        {
            ["coverage-model/cobertura/cobertura.xml"] = new(
                "Line 38 of PopulateBranchExtensionAttributesPlugin.php has hits=\"2\" and condition-coverage \"0% (0/2)\": "
                + "it ran, so it is covered (the file's own header says 63 too). The peer counts a branch line as missed when "
                + "none of its branches is covered.",
                null,
                new Dictionary<string, long?> { [Lines] = 63 }),
            ["cobertura-action/cobertura/src/fixtures/test-missing-lines.xml"] = new(
                "The peer reads the header's line-rate 0.5125, which is the unweighted mean of the eight class rates "
                + "(4.1 / 8, a hand-made fixture); every class rate matches its lines, and the lines say 41 of 61 covered "
                + "(0.672). We count lines, so a two-line file does not weigh as much as a thousand-line one.",
                null,
                new Dictionary<string, long?> { ["expected_lines_valid"] = 61, [Lines] = 41 }),
            ["pycobertura/cobertura/tests/cobertura.xml"] = new(
                "Lines 23 of BinarySearch.java and 13, 17 of LinearSearch.java ran (hits > 0) but not all their branches: "
                + "covered lines with partial branch coverage (branch coverage counts the rest). pycobertura calls a partial "
                + "line a miss; Cobertura's own line-rate, coverage.py and ReportGenerator count it covered.",
                null,
                new Dictionary<string, long?> { [Lines] = 31 }),
            ["coverage-model/opencover/opencover-withskippedmodules.xml"] = new(
                "The file lists 702 <BranchPoint>s, 562 visited; 690 (562 visited) sit in methods with source lines and are "
                + "counted. The peer sums method <Summary> attributes instead, only for visited methods and one method per name "
                + "(overloads dropped), which gives 379/322.",
                null,
                new Dictionary<string, long?> { [BranchesValid] = 690, [BranchesCovered] = 562 }),
            ["coverage-model/cobertura/cobertura-duplicate-classes.xml"] = Readable("a class listed twice"),
            ["coverage-model/cobertura/cobertura-duplicate-methods.xml"] = Readable("a method listed twice"),
            ["coverage-model/cobertura/cobertura-duplicate-go-init-methods.xml"] = Readable("Go init methods listed twice"),
            ["coverage-model/opencover/opencover-empty-module.xml"] = HeaderOnly("its only module has no classes"),
            ["coverage-model/opencover/opencover-missing-module-name.xml"] = HeaderOnly("its only module has no name, files or classes"),
            ["coverage-model/opencover/opencover-missing-source-line.xml"] = HeaderOnly("its sequence points have no sl (source line)"),
            ["coverage-model/clover/clover-declarative.xml"] = new(
                "Its only <line> is type=\"method\" (a signature, not a statement; the peer skips those too): there is no "
                + "coverable line, so it is reported as no data. The peer asserts only <metrics> values for it.",
                "no_data",
                new Dictionary<string, long?>()),
            ["coverage-model/jacoco/empty.xml"] = new(
                "Its root is <other>, not <report>: nothing in it says JaCoCo, so no reader claims it and it is reported "
                + "as an unsupported format (an error) rather than as an empty JaCoCo report.",
                "unsupported",
                new Dictionary<string, long?>()),
        };

    /// <summary>The peer fails only in its fail-fast mode (and reads the file with IGNORE_ERRORS): duplicates are legal
    /// (partial classes, templates, generated code) and are combined line by line.</summary>
    private static CoveragePeerDeviation Readable(string what) => new(
        $"The peer rejects {what} only in its fail-fast mode; duplicates are legal and combine line by line.",
        "ok",
        new Dictionary<string, long?>());

    /// <summary>The peer asserts only that it does not throw (IGNORE_ERRORS); with no point to count, this is no data.</summary>
    private static CoveragePeerDeviation HeaderOnly(string why) => new(
        $"A <Summary> but no countable point: {why}. The peer only asserts it does not crash; like every header-only file this is no data.",
        "no_data",
        new Dictionary<string, long?>());
}
