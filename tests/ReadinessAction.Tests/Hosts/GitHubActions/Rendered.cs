using ReadinessAction.Diagnostics;
using ReadinessAction.Pipeline;
using ReadinessAction.Reporting;

namespace ReadinessAction.Tests.Hosts.GitHubActions;

/// <summary>
/// What the renderers make of an outcome in the scenarios' context: host tests check that the host publishes
/// exactly this, without depending on how the templates word it.
/// </summary>
internal static class Rendered
{
    public const string PullRequestHead = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";

    public static string Comment(CheckOutcome outcome, string sha = PullRequestHead, string runId = "4242") => Comment(outcome.Report, sha, runId);

    public static string Comment(ReadinessReport report, string sha = PullRequestHead, string runId = "4242") =>
        new CommentBodyBuilder().Build(report, Context(sha, runId), null, new DiagnosticBag());

    public static string Summary(CheckOutcome outcome, string sha = PullRequestHead, string runId = "4242") =>
        new SummaryRenderer().Render(outcome.Report, Context(sha, runId), null, new DiagnosticBag()).TrimEnd();

    private static ReportContext Context(string sha, string runId) =>
        new("https://github.com/Codertocat/Hello-World", sha, $"https://github.com/Codertocat/Hello-World/actions/runs/{runId}", "readiness");
}
