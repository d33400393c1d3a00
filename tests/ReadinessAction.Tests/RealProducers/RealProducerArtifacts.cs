using System.Diagnostics;

using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.RealProducers;

/// <summary>
/// Runs the real producers of samples/demo in a temporary copy once per test run: dotnet test with the TRX logger and
/// coverlet, and jest with jest-junit and its own JSON under c8. Exposes the files they wrote and the totals they printed.
/// A missing tool or a producer that prints no summary fails every test of the collection; nothing is skipped.
/// </summary>
public sealed class RealProducerArtifacts : IAsyncLifetime
{
    // First runs restore NuGet packages and install jest and c8 from the registry: minutes, not seconds.
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(5);

    public string SampleRoot { get; } = Path.Combine(Path.GetTempPath(), "readiness-producers-" + Guid.NewGuid().ToString("N")[..12]);

    public ProducerRun DotnetTest { get; private set; } = null!;

    public ProducerRun NpmCi { get; private set; } = null!;

    public ProducerRun JestUnderC8 { get; private set; } = null!;

    public PrintedTestTotals DotnetPrinted { get; private set; } = null!;

    public PrintedTestTotals JestPrinted { get; private set; } = null!;

    public PrintedLineCoverage C8Lines { get; private set; } = null!;

    public string TrxPath => Path.Combine(SampleRoot, "TestResults", "results.trx");

    public string CoverletCoberturaPath { get; private set; } = null!;

    public string JestJUnitPath => Path.Combine(SampleRoot, "web", "reports", "junit.xml");

    public string JestJsonPath => Path.Combine(SampleRoot, "web", "reports", "jest.json");

    public string C8CoberturaPath => Path.Combine(SampleRoot, "web", "coverage", "cobertura-coverage.xml");

    public string C8LcovPath => Path.Combine(SampleRoot, "web", "coverage", "lcov.info");

    public TimeSpan Elapsed { get; private set; }

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        SampleCopy.CopyTree(Path.Combine(RepositoryPaths.Root, "samples", "demo"), SampleRoot);
        await RunDotnetTestAsync();
        await RunJestUnderC8Async();
        Elapsed = clock.Elapsed;
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(SampleRoot, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing cleanup must not hide test results.
        }

        return Task.CompletedTask;
    }

    private async Task RunDotnetTestAsync()
    {
        DotnetTest = await ProducerProcess.RunAsync(
            DotnetExecutable(),
            ["test", "tests/Orders.Tests", "-nodeReuse:false", "--logger", "trx;LogFileName=results.trx",
             "--collect", "XPlat Code Coverage", "--results-directory", Path.Combine(SampleRoot, "TestResults")],
            SampleRoot,
            InstallTimeout);

        // Exit code 1 is expected: one sample test fails on purpose. The printed summary is what must be there.
        DotnetPrinted = ProducerOutputParser.ParseDotnetTest(DotnetTest.Output);
        CoverletCoberturaPath = ProducerOutputParser.ParseDotnetCoverageAttachment(DotnetTest.Output);
    }

    private async Task RunJestUnderC8Async()
    {
        var web = Path.Combine(SampleRoot, "web");
        NpmCi = await ProducerProcess.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], web, InstallTimeout);
        if (NpmCi.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci failed with exit code {NpmCi.ExitCode}:\n{NpmCi.Output}");
        }

        JestUnderC8 = await ProducerProcess.RunAsync("npm", ["run", "--silent", "test:ci"], web, RunTimeout);
        if (JestUnderC8.ExitCode != 0)
        {
            throw new InvalidOperationException($"'npm run test:ci' failed with exit code {JestUnderC8.ExitCode}:\n{JestUnderC8.Output}");
        }

        JestPrinted = ProducerOutputParser.ParseJest(JestUnderC8.Output);
        C8Lines = ProducerOutputParser.ParseC8Lines(JestUnderC8.Output);
    }

    // The SDK that runs this test host names itself; fall back to PATH when run outside `dotnet test`.
    private static string DotnetExecutable() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
