using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace ReadinessAction.Tests.RealProducers;

/// <summary>Runs a real tool in a clean environment, with a deadline after which its whole process tree is killed.</summary>
internal static class ProducerProcess
{
    // Variables the outer `dotnet test` hands its test host: an inner dotnet/MSBuild/vstest run must not inherit them.
    private static readonly string[] InheritedHostPrefixes =
        ["VSTEST", "TESTINGPLATFORM", "MSBUILD", "CORECLR_", "COREHOST_", "DOTNET_HOST_PATH", "DOTNET_STARTUP_HOOKS", "NODE_V8_COVERAGE"];

    public static async Task<ProducerRun> RunAsync(string fileName, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var command = $"{fileName} {string.Join(' ', arguments)}";
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        CleanEnvironment(start.Environment);
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        var clock = Stopwatch.StartNew();
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException(
                $"'{fileName}' could not be started ({ex.Message}). The real-producer tests need the .NET SDK and Node.js with npm on PATH.", ex);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"'{command}' in {workingDirectory} did not finish within {timeout}; killed. Output so far:\n{Text(output)}");
        }

        // The parameterless wait also drains the redirected streams.
        await process.WaitForExitAsync();
        return new ProducerRun(command, process.ExitCode, Text(output), clock.Elapsed);
    }

    private static void CleanEnvironment(IDictionary<string, string?> environment)
    {
        foreach (var name in environment.Keys.Where(IsInheritedHostVariable).ToList())
        {
            environment.Remove(name);
        }

        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["NO_COLOR"] = "1";
        environment["FORCE_COLOR"] = "0";
    }

    private static bool IsInheritedHostVariable(string name) =>
        InheritedHostPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
