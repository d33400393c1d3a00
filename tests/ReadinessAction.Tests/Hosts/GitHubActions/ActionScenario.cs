using System.Text.Json.Nodes;

using ReadinessAction.Configuration;
using ReadinessAction.Diagnostics;
using ReadinessAction.Hosts.GitHubActions;
using ReadinessAction.Hosts.Http;
using ReadinessAction.Pipeline;
using ReadinessAction.Publishing;

namespace ReadinessAction.Tests.Hosts.GitHubActions;

/// <summary>
/// One simulated step of a Docker action: a temp workspace, the event payload, and the environment the runner sets
/// (GITHUB_*, INPUT_*), run in-process against a fake GitHub with short retry delays.
/// </summary>
internal sealed class ActionScenario : IDisposable
{
    public const string Token = "ghs_TopSecretInstallationToken0123456789abcd";

    /// <summary>Retries that don't make a test sleep.</summary>
    public static readonly RetrySettings FastRetry = new() { RetryBaseDelay = TimeSpan.FromMilliseconds(5), MaxRetryDelay = TimeSpan.FromSeconds(3), RequestTimeout = TimeSpan.FromSeconds(10) };
    public const string MergeSha = "9999999999999999999999999999999999999999";

    public ActionScenario(Uri apiUrl, string eventName, JsonObject? payload, bool withChecklist = true)
    {
        Root = Directory.CreateTempSubdirectory("readiness-action-").FullName;
        Workspace = Path.Combine(Root, "workspace");
        Directory.CreateDirectory(Path.Combine(Workspace, "docs"));
        if (withChecklist)
        {
            File.WriteAllText(Path.Combine(Workspace, SampleOutcomes.Checklist), "# Production readiness\n\n- [x] Line coverage is 92%\n");
        }

        Environment["GITHUB_EVENT_NAME"] = eventName;
        if (payload is not null)
        {
            Environment["GITHUB_EVENT_PATH"] = WebhookExamples.Write(payload, Root);
        }

        Environment["GITHUB_REPOSITORY"] = "Codertocat/Hello-World";
        Environment["GITHUB_API_URL"] = apiUrl.AbsoluteUri.TrimEnd('/');
        Environment["GITHUB_SERVER_URL"] = "https://github.com";
        Environment["GITHUB_RUN_ID"] = "4242";
        Environment["GITHUB_WORKSPACE"] = Workspace;
        Environment["GITHUB_SHA"] = MergeSha;
        Environment["GITHUB_OUTPUT"] = Path.Combine(Root, "github_output");
        Environment["GITHUB_STEP_SUMMARY"] = Path.Combine(Root, "step_summary");
        Environment["INPUT_TOKEN"] = Token;
        Environment["INPUT_STATUS_CONTEXT"] = "readiness";
        Environment["INPUT_COMMENT"] = "true";
        Environment["INPUT_MODE"] = "auto";
        Environment["INPUT_REPORT"] = "readiness-report.json";
        Environment["INPUT_TEST_RESULTS"] = "**/*.trx";
    }

    public string Root { get; }

    public string Workspace { get; }

    public Dictionary<string, string?> Environment { get; } = new(StringComparer.Ordinal);

    public PublishLimits Limits { get; init; } = PublishLimits.Default;

    public async Task<ActionRunResult> RunAsync(Func<ReadinessOptions, CheckOutcome> judge, CancellationToken ct = default)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var services = new ActionRunnerServices(Environment, stdout, stderr)
        {
            Judge = judge,
            PublishLimits = Limits,
            TuneClient = o => o with { Retry = FastRetry },
        };
        int exitCode;
        try
        {
            exitCode = await new ActionRunner(services).RunAsync(ct);
        }
        catch (ReadinessUsageException e)
        {
            // As ExitCodes.Run does at the top of the process.
            await stderr.WriteLineAsync($"error: {e.Message}");
            exitCode = ExitCodes.NotJudged;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("error: readiness was cancelled before it finished; nothing was judged.");
            exitCode = ExitCodes.NotJudged;
        }

        return new ActionRunResult(exitCode, stdout.ToString(), stderr.ToString(), Read("step_summary"), ActionRunResult.ParseOutputs(Read("github_output")), ReadReport());
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private string Read(string name) => File.Exists(Path.Combine(Root, name)) ? File.ReadAllText(Path.Combine(Root, name)) : "";

    private string? ReadReport()
    {
        var path = Path.Combine(Workspace, "readiness-report.json");
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }
}
