using System.Text;
using System.Text.Json;

using ReadinessAction.Tests.Hosts;

namespace ReadinessAction.Tests.Security;

/// <summary>
/// Artifacts are in the pull request author's hands: entities that read files, entity bombs, truncated, binary and
/// deeply nested XML, numbers out of range and links out of the workspace. Each run ends in time with a report, a
/// diagnostic naming the file (and line where there is one), claims left unverifiable, no stack trace and no secret.
/// </summary>
public sealed class ArtifactsTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    private readonly HostileTree _tree = new();

    public ArtifactsTests()
    {
        _tree.Write("READINESS.md", "# Ready\n\n- [x] Unit test coverage 87%\n- [x] 12 tests passing\n");
    }

    public void Dispose() => _tree.Dispose();

    public static TheoryData<string, string, int?> Cases() => new()
    {
        { "external-entity", "xml-dtd-prohibited", 2 },
        { "entity-bomb", "xml-dtd-prohibited", 2 },
        { "truncated", "malformed-xml", 4 },
        { "binary", "unsupported-format", null },
        { "deep-nesting", "malformed-xml", 1 },
        { "numbers-out-of-range", "bad-record", 2 },
        { "linked-outside", "artifact-link-skipped", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_hostile_artifact_is_refused_with_a_diagnostic_and_the_run_still_reports(string shape, string code, int? line)
    {
        var file = Write(shape);

        var (exit, stdout, stderr) = await Task.Run(() => CheckCommandTests.Run(
            "check", "--workspace", _tree.Workspace, "--coverage", "coverage.cobertura.xml", "--test-results", "TEST-*.xml", "--format", "json")).WaitAsync(Bound);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        foreach (var text in new[] { stdout, stderr })
        {
            Assert.DoesNotContain(HostileTree.Secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain("root:x:0", text, StringComparison.Ordinal);
        }

        using var json = JsonDocument.Parse(stdout);
        var diagnostic = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .FirstOrDefault(d => d.GetProperty("code").GetString() == code && d.GetProperty("path").GetString() == file);
        Assert.True(diagnostic.ValueKind == JsonValueKind.Object, $"no {code} on {file}: {json.RootElement.GetProperty("diagnostics")}");
        Assert.Equal(line, diagnostic.GetProperty("line").ValueKind == JsonValueKind.Null ? null : diagnostic.GetProperty("line").GetInt32());
        var judged = json.RootElement.GetProperty("claims").EnumerateArray()
            .Where(c => c.GetProperty("kind").GetString() == (file.StartsWith("TEST-", StringComparison.Ordinal) ? "test_count" : "coverage"));
        Assert.All(judged, c => Assert.Equal("unverifiable", c.GetProperty("status").GetString()));
    }

    /// <summary>Writes the artifact of one shape and returns its workspace path.</summary>
    private string Write(string shape)
    {
        const string Coverage = "coverage.cobertura.xml";
        const string Tests = "TEST-hostile.xml";
        switch (shape)
        {
            case "external-entity":
                _tree.Write(Coverage, $"<?xml version=\"1.0\"?>\n<!DOCTYPE c [<!ENTITY e SYSTEM \"file://{_tree.SecretFile}\">]>\n<coverage line-rate=\"&e;\"><packages/></coverage>\n");
                return Coverage;
            case "entity-bomb":
                var entities = new StringBuilder("<!ENTITY l0 \"lol\">");
                for (var i = 1; i < 10; i++)
                {
                    entities.Append(System.Globalization.CultureInfo.InvariantCulture, $"<!ENTITY l{i} \"&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};\">");
                }

                _tree.Write(Tests, $"<?xml version=\"1.0\"?>\n<!DOCTYPE testsuites [{entities}]>\n<testsuites><testsuite name=\"&l9;\"/></testsuites>\n");
                return Tests;
            case "truncated":
                _tree.Write(Tests, "<?xml version=\"1.0\"?>\n<testsuites>\n<testsuite name=\"a\" tests=\"3\">\n<testcase name=\"x\"");
                return Tests;
            case "binary":
                var bytes = new byte[4096];
                new Random(13).NextBytes(bytes);
                bytes[0] = 0;
                File.WriteAllBytes(_tree.Path_(Tests), bytes);
                return Tests;
            case "deep-nesting":
                _tree.Write(Tests, "<testsuites>" + string.Concat(Enumerable.Repeat("<testsuite name=\"a\">", 100_000)) + "<testcase name=\"t\"/>");
                return Tests;
            case "numbers-out-of-range":
                _tree.Write(Coverage, "<?xml version=\"1.0\"?>\n<coverage line-rate=\"NaN\" lines-covered=\"1e309\" lines-valid=\"-5\">\n<packages><package name=\"p\"><classes><class name=\"c\" filename=\"a.cs\"><lines><line number=\"-1\" hits=\"99999999999999999999\"/></lines></class></classes></package></packages></coverage>\n");
                return Coverage;
            case "linked-outside":
                _tree.Link(Coverage, _tree.SecretFile);
                return Coverage;
            default:
                throw new ArgumentOutOfRangeException(nameof(shape), shape, "unknown artifact shape");
        }
    }
}
