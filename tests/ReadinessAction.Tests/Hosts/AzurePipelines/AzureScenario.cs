using ReadinessAction.Diagnostics;
using ReadinessAction.Hosts.AzurePipelines;
using ReadinessAction.Hosts.GitHubActions;
using ReadinessAction.Pipeline;
using ReadinessAction.Tests.Hosts.GitHubActions;

namespace ReadinessAction.Tests.Hosts.AzurePipelines;

/// <summary>
/// One simulated Azure Pipelines step of a pull request build: a temp workspace and the variables the agent sets
/// (with SYSTEM_ACCESSTOKEN mapped), run in-process against the fake Azure DevOps with short retry delays.
/// </summary>
internal sealed class AzureScenario : IDisposable
{
    public const string HeadSha = "7f3c2a1b0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b";

    public AzureScenario(Uri collectionUri)
    {
        Root = Directory.CreateTempSubdirectory("readiness-azure-").FullName;
        Workspace = Path.Combine(Root, "s");
        Directory.CreateDirectory(Path.Combine(Workspace, "docs"));
        File.WriteAllText(Path.Combine(Workspace, SampleOutcomes.Checklist), "# Production readiness\n\n- [x] Line coverage is 92%\n");
        foreach (var (name, value) in Variables(collectionUri, Workspace, Path.Combine(Root, "tmp")))
        {
            Environment[name] = value;
        }
    }

    public string Root { get; }

    public string Workspace { get; }

    public Dictionary<string, string?> Environment { get; } = new(StringComparer.Ordinal);

    public string Summary => Path.Combine(Root, "tmp", "readiness-summary.md");

    /// <summary>The variables of an Azure Repos pull request build, as the agent passes them to a step.</summary>
    public static Dictionary<string, string> Variables(Uri collectionUri, string workspace, string temp) => new()
    {
        ["TF_BUILD"] = "True",
        ["SYSTEM_COLLECTIONURI"] = collectionUri.AbsoluteUri,
        ["SYSTEM_TEAMPROJECT"] = "Fiber",
        ["BUILD_REPOSITORY_ID"] = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
        ["BUILD_REPOSITORY_NAME"] = "web",
        ["BUILD_REPOSITORY_PROVIDER"] = "TfsGit",
        ["BUILD_REPOSITORY_URI"] = new Uri(collectionUri, "Fiber/_git/web").AbsoluteUri,
        ["BUILD_SOURCESDIRECTORY"] = workspace,
        ["BUILD_SOURCEVERSION"] = "1111111111111111111111111111111111111111",
        ["BUILD_BUILDID"] = "812",
        ["SYSTEM_PULLREQUEST_PULLREQUESTID"] = "17",
        ["SYSTEM_PULLREQUEST_TARGETBRANCH"] = "refs/heads/main",
        ["SYSTEM_PULLREQUEST_SOURCECOMMITID"] = HeadSha,
        ["AGENT_TEMPDIRECTORY"] = temp,
        ["SYSTEM_ACCESSTOKEN"] = FakeAzureDevOpsServer.Token,
        ["INPUT_STATUS_CONTEXT"] = "readiness",
        ["INPUT_COMMENT"] = "true",
        ["INPUT_MODE"] = "auto",
        ["INPUT_REPORT"] = "readiness-report.json",
    };

    public async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(Func<ReadinessAction.Configuration.ReadinessOptions, CheckOutcome> judge)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var services = new ActionRunnerServices(Environment, stdout, stderr)
        {
            Judge = judge,
            TuneAzureClient = o => o with { Retry = ActionScenario.FastRetry },
            TuneClient = o => o with { Retry = ActionScenario.FastRetry },
        };
        int exitCode;
        try
        {
            exitCode = await new AzureRunner(services).RunAsync(CancellationToken.None);
        }
        catch (ReadinessUsageException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}");
            exitCode = ExitCodes.NotJudged;
        }

        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
