using System.Diagnostics;
using System.Net.Sockets;

using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Hosts.GitHubActions;

/// <summary>
/// Prism (npm @stoplight/prism-cli) mocking GitHub's own OpenAPI description (npm @octokit/openapi) with request
/// validation, on 127.0.0.1 and a free port. Started once for the "Prism" collection; about 20-60 s to load 13 MB.
/// </summary>
public class PrismServer : IAsyncLifetime
{
    private static readonly TimeSpan StartupLimit = TimeSpan.FromMinutes(4);
    private readonly Queue<string> _log = new();
    private Process? _process;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1");

    public TimeSpan StartupTime { get; private set; }

    /// <summary>The API description Prism serves: GitHub's, unless a subclass names another.</summary>
    protected virtual string Spec => Path.Combine(Tools, "@octokit", "openapi", "generated", "api.github.com.json");

    public static string Tools => Path.Combine(RepositoryPaths.Root, "tests", "tools", "node_modules");

    public async Task InitializeAsync()
    {
        var prism = Path.Combine(Tools, "@stoplight", "prism-cli", "dist", "index.js");
        var spec = Spec;
        foreach (var required in new[] { prism, spec })
        {
            if (!File.Exists(required))
            {
                throw new InvalidOperationException($"{required} is missing: run 'npm ci --prefix tests/tools' (scripts/test.sh does)");
            }
        }

        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { prism, "mock", "-h", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--errors", spec })
        {
            start.ArgumentList.Add(arg);
        }

        var watch = Stopwatch.StartNew();
        try
        {
            _process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"node is not installed or not on PATH ({e.Message}); the contract tests need Node 20+", e);
        }

        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilListeningAsync(port, watch);
        StartupTime = watch.Elapsed;
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process?.Dispose();
        return Task.CompletedTask;
    }

    public string RecentLog()
    {
        lock (_log)
        {
            return string.Join('\n', _log);
        }
    }

    private async Task WaitUntilListeningAsync(int port, Stopwatch watch)
    {
        while (watch.Elapsed < StartupLimit)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"prism exited with {_process.ExitCode} while loading the description:\n{RecentLog()}");
            }

            if (RecentLog().Contains("Prism is listening", StringComparison.Ordinal))
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", port);
                return;
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException($"prism did not listen within {StartupLimit}:\n{RecentLog()}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.Enqueue(line);
            while (_log.Count > 200)
            {
                _log.Dequeue();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
