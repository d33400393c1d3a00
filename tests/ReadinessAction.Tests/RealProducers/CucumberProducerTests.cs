using System.Text.RegularExpressions;

using ReadinessAction.Configuration;
using ReadinessAction.Pipeline;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.RealProducers;

/// <summary>
/// Real cucumber-js (tests/tools) runs a generated feature with passing, failing, undefined and pending scenarios and
/// an outline; its JSON must read to the scenario counts cucumber-js printed, and a checklist is judged against it.
/// </summary>
public sealed partial class CucumberProducerTests : IAsyncLifetime, IDisposable
{
    private static readonly string Cucumber = Path.Combine(RepositoryPaths.Root, "tests", "tools", "node_modules", "@cucumber", "cucumber");
    private readonly TempWorkspace _workspace = new();
    private ProducerRun _run = null!;

    public async Task InitializeAsync()
    {
        _workspace.Write("features/cart.feature", """
            Feature: Cart
              Background:
                Given an empty cart

              Scenario: adding an item
                When I add 1 item
                Then the cart holds 1 item

              Scenario: a wrong total
                When I add 1 item
                Then the cart holds 2 items

              Scenario: not written yet
                When I remove everything

              Scenario: pending work
                When I checkout

              Scenario Outline: many items
                When I add <n> item
                Then the cart holds <n> item
                Examples:
                  | n |
                  | 1 |
                  | 3 |
            """);
        _workspace.Write("features/steps/cart.js", $$"""
            const { Given, When, Then } = require({{System.Text.Json.JsonSerializer.Serialize(Cucumber)}});
            Given('an empty cart', function () { this.items = 0; });
            When('I add {int} item', function (n) { this.items += n; });
            Then('the cart holds {int} item(s)', function (n) { if (this.items !== n) throw new Error(`expected ${n}, got ${this.items}`); });
            When('I checkout', function () { return 'pending'; });
            """);
        _run = await ProducerProcess.RunAsync(
            "node",
            [Path.Combine(Cucumber, "bin", "cucumber.js"), "--require", "features/steps/*.js", "--format", "json:reports/cucumber.json", "features"],
            _workspace.Root,
            TimeSpan.FromMinutes(2));
        Assert.True(_run.ExitCode == 1, $"{_run.Command} exited {_run.ExitCode} (1 = scenarios failed): {_run.Output}");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Cucumber_json_reads_to_the_scenario_counts_cucumber_printed()
    {
        var printed = ScenarioSummary().Match(_run.Output);
        Assert.True(printed.Success, $"no scenario summary in: {_run.Output}");
        int Printed(string status) => int.Parse(Regex.Match(printed.Groups["parts"].Value, $@"(\d+) {status}").Groups[1].Value is { Length: > 0 } n ? n : "0", System.Globalization.CultureInfo.InvariantCulture);

        var read = ArtifactFixture.Read(File.ReadAllBytes(Path.Combine(_workspace.Root, "reports", "cucumber.json")), "reports/cucumber.json");

        Assert.Equal("cucumber-json", read.Reader!.Format);
        var runs = read.Tests.Runs;
        Assert.Equal(int.Parse(printed.Groups["total"].Value, System.Globalization.CultureInfo.InvariantCulture), runs.Runs);
        Assert.Equal(Printed("passed"), runs.Passed);
        Assert.Equal(Printed("failed"), runs.Failed);
        Assert.Equal(Printed("undefined") + Printed("pending") + Printed("ambiguous"), runs.Errors);
        Assert.Equal(Printed("skipped"), runs.Skipped);
    }

    [Fact]
    public void A_checklist_claiming_all_scenarios_pass_is_contradicted_by_the_real_report()
    {
        _workspace.Write("READINESS.md", "# Quality\n\n- [x] Acceptance tests: 6/6 passing\n");

        var report = CheckPipeline.Run(new ReadinessOptions { Workspace = _workspace.Root, TestResults = ["reports/*.json"] }).Report;

        var ratio = Assert.Single(report.Claims);
        Assert.Equal(("contradicted", "3/6 runs (2/5 distinct tests)"), (ratio.Status, ratio.Measured));
    }

    [GeneratedRegex(@"^(?<total>\d+) scenarios? \((?<parts>[^)]*)\)", RegexOptions.Multiline)]
    private static partial Regex ScenarioSummary();
}
