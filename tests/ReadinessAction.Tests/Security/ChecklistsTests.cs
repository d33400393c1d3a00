using System.Text;
using System.Text.Json;

using ReadinessAction.Checklists;
using ReadinessAction.Claims;
using ReadinessAction.Diagnostics;
using ReadinessAction.Tests.Hosts;

namespace ReadinessAction.Tests.Security;

/// <summary>Checklists built to cost time and memory: claims are capped per line and per checklist, with a warning.</summary>
public sealed class ChecklistsTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    private readonly HostileTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Claims_of_one_long_item_share_its_text_instead_of_copying_it_each()
    {
        var document = ChecklistParser.Parse("# Ready\n\n- [x] Coverage 87% backend, 90% frontend, 120 tests " + new string('x', 100_000) + "\n", "READINESS.md");

        var claims = ClaimExtractor.CreateDefault().Extract(document, new DiagnosticBag());

        Assert.True(claims.Count >= 3, $"{claims.Count} claims");
        Assert.All(claims, c => Assert.Same(claims[0].Text, c.Text));
    }

    [Theory]
    [InlineData(40 * 1024)]
    [InlineData(100 * 1024)]
    [InlineData(1024 * 1024)]
    public async Task A_line_of_thousands_of_percentages_yields_at_most_the_line_cap_with_a_warning(int bytes)
    {
        var line = new StringBuilder("- [x] Coverage ");
        while (line.Length < bytes)
        {
            line.Append("87% ");
        }

        _tree.Write("READINESS.md", "# Ready\n\n" + line + "\n");

        var (json, size) = await CheckJson();

        var claims = json.RootElement.GetProperty("claims").GetArrayLength();
        Assert.InRange(claims, 1, ClaimLimits.MaxQuantitiesPerSource);
        var warning = json.RootElement.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "too-many-numbers");
        Assert.Equal("READINESS.md", warning.GetProperty("path").GetString());
        Assert.Equal(3, warning.GetProperty("line").GetInt32());
        Assert.True(size < 256 * 1024, $"the report is {size:N0} characters for {claims} claims");
    }

    [Fact]
    public async Task A_megabyte_line_is_read_for_claims_only_up_to_the_character_limit_with_a_warning()
    {
        var filler = new string('x', 1024 * 1024);
        _tree.Write("READINESS.md", $"# Ready\n\n- [x] 87% unit test coverage {filler} 90% coverage\n");

        var (json, _) = await CheckJson();

        var claim = Assert.Single(json.RootElement.GetProperty("claims").EnumerateArray());
        Assert.Equal("87%", claim.GetProperty("claimed").GetString());
        var warning = json.RootElement.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "line-too-long");
        Assert.Equal(3, warning.GetProperty("line").GetInt32());
        Assert.Contains($"only the first {ClaimLimits.MaxSourceChars:N0} are read", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_checklist_of_twenty_thousand_claim_lines_is_cut_at_the_document_cap_with_a_warning()
    {
        var text = new StringBuilder("# Ready\n\n");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"- [x] Module {i}: 87% coverage\n");
        }

        _tree.Write("READINESS.md", text.ToString());

        var (json, _) = await CheckJson();

        var claims = json.RootElement.GetProperty("claims").GetArrayLength();
        Assert.InRange(claims, ClaimLimits.MaxClaimsPerDocument, ClaimLimits.MaxClaimsPerDocument + ClaimLimits.MaxQuantitiesPerSource);
        var warning = json.RootElement.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "too-many-claims");
        Assert.Equal("READINESS.md", warning.GetProperty("path").GetString());
        Assert.True(warning.GetProperty("line").GetInt32() > 1000);
    }

    /// <summary>The JSON report and its size; the run must end within <see cref="Bound"/> (a hang or a quadratic blow-up fails).</summary>
    private async Task<(JsonDocument Json, int Size)> CheckJson()
    {
        var (_, stdout, stderr) = await Task.Run(() => CheckCommandTests.Run("check", "--workspace", _tree.Workspace, "--format", "json")).WaitAsync(Bound);
        Assert.True(stdout.Length > 0, stderr);
        return (JsonDocument.Parse(stdout), stdout.Length);
    }
}
