using System.Text;
using System.Text.Json;

using ReadinessAction.Evidence;
using ReadinessAction.Evidence.TestResults;
using ReadinessAction.Evidence.TestResults.Ctrf;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Evidence.TestResults.Ctrf;

public sealed class CtrfStreamTests
{
    [Theory]
    [InlineData("ctrf_jest.json")]
    [InlineData("ctrf_playwright.json")]
    public void Tests_split_across_buffer_refills_read_as_with_one_buffer(string fixture)
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.Fixture("Evidence", "TestResults", fixture));
        var whole = Cases(bytes, CtrfStream.DefaultBufferSize).Select(Describe).ToList();

        Assert.NotEmpty(whole);
        foreach (var size in new[] { 4, 7, 16, 61, 256 })
        {
            Assert.Equal(whole, Cases(bytes, size).Select(Describe));
        }
    }

    [Fact]
    public void A_test_larger_than_the_buffer_grows_it()
    {
        var name = new string('n', 5000);
        var json = $$"""{ "results": { "tests": [ { "name": "{{name}}", "status": "passed", "message": "{{new string('m', 9000)}}" } ] } }""";

        var test = Assert.Single(Cases(Encoding.UTF8.GetBytes(json), 16));

        Assert.Equal((name, TestOutcome.Passed), (test.Name, test.Outcome));
    }

    [Fact]
    public void Unknown_members_with_nested_objects_and_arrays_are_skipped()
    {
        const string json = """
            { "extra": { "a": [1, { "b": [[], {}] }], "tests": [{ "name": "not a test" }] },
              "results": { "tool": { "name": "x", "extra": { "v": [1] } }, "summary": { "tests": 1 },
                "tests": [ { "name": "a", "extra": { "x": [{ "y": [1, 2, { "status": "failed" }] }] }, "status": "passed",
                             "trace": ["t"], "duration": 12.5 } ],
                "environment": { "k": [1] } } }
            """;

        foreach (var size in new[] { 5, CtrfStream.DefaultBufferSize })
        {
            var test = Assert.Single(Cases(Encoding.UTF8.GetBytes(json), size));
            Assert.Equal(("a", TestOutcome.Passed, 0.0125), (test.Name, test.Outcome, test.DurationSeconds));
        }
    }

    [Theory]
    [InlineData("\"name\": 5", 4, "ReadinessAction.Evidence.TestResults.Ctrf.CtrfTest")]
    [InlineData("\"status\": [1]", 4, "ReadinessAction.Evidence.TestResults.Ctrf.CtrfTest")]
    [InlineData("\"duration\": \"soon\"", 4, "ReadinessAction.Evidence.TestResults.Ctrf.CtrfTest")]
    [InlineData("\"tags\": \"@smoke\"", 4, "System.Collections.Generic.IReadOnlyList`1[System.String]")]
    [InlineData("\"tags\": [\"@smoke\",\n 3]", 5, "System.String")]
    public void A_wrongly_typed_member_is_a_diagnostic_with_its_line(string member, int line, string type)
    {
        var json = "{\n\"results\": { \"tool\": { \"name\": \"jest\" },\n\"tests\": [ { \"name\": \"ok\" },\n{ \"status\": \"passed\", " + member + " } ] } }";

        var read = ArtifactFixture.Text(json, "typed.json");

        Assert.Null(read.Evidence);
        var error = Assert.Single(read.Diagnostics);
        Assert.Equal(("malformed-json", "typed.json", line), (error.Code, error.Path, error.Line));
        Assert.Equal($"not valid JSON, file not used: The JSON value could not be converted to {type}.", error.Message);
    }

    [Fact]
    public void Broken_json_inside_a_split_test_is_malformed_with_its_line_not_a_type_error()
    {
        var json = Encoding.UTF8.GetBytes("{ \"results\": { \"tests\": [\n{ \"name\": \"a\",\n \"status\": \"passed\" ]\n} ] } }");

        var error = Assert.ThrowsAny<JsonException>(() => Cases(json, 8));

        Assert.Equal(2, error.LineNumber);
        Assert.DoesNotContain("could not be converted", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "results": { "tool": { "name": "x" }, "tests": { } } }""")]
    [InlineData("""{ "results": { "tool": { "name": "x" }, "tests": [ 1 ] } }""")]
    [InlineData("""{ "results": { "tool": { "name": "x" }, "tests": [ null ] } }""")]
    [InlineData("""{ "results": { "tool": 5, "tests": [ ] } }""")]
    public void A_tests_list_or_test_of_the_wrong_type_is_a_diagnostic(string json)
    {
        var read = ArtifactFixture.Text(json, "typed.json");

        Assert.Null(read.Evidence);
        Assert.Equal(("malformed-json", 1), (Assert.Single(read.Diagnostics).Code, read.Diagnostics[0].Line));
    }

    [Theory]
    [InlineData("""{ "results": { "tool": { "name": "x" } } }""")]
    [InlineData("""{ "results": { "tool": { "name": "x" }, "tests": null } }""")]
    [InlineData("""{ "results": null, "tool": { } }""")]
    public void Missing_or_null_results_tests_is_not_ctrf(string json)
    {
        var read = ArtifactFixture.Text(json, "half.json");

        Assert.Null(read.Evidence);
        Assert.Equal("not-ctrf", Assert.Single(read.Diagnostics).Code);
    }

    private static string Describe(TestCaseResult c) =>
        $"{c.Suite}|{c.ClassName}|{c.Name}|{c.Outcome}|{c.DurationSeconds}|{string.Join(",", c.Categories)}|{c.Flaky}";

    private static List<TestCaseResult> Cases(byte[] json, int bufferSize)
    {
        using var stream = new MemoryStream(json);
        var table = new CtrfStream(stream, new StringPool(), bufferSize).Read() ?? throw new JsonException("no tests");
        return [.. table];
    }
}
