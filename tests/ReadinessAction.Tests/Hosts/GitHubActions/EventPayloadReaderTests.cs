using System.Text.Json;

using ReadinessAction.Hosts.GitHubActions;

namespace ReadinessAction.Tests.Hosts.GitHubActions;

/// <summary>Real payloads from @octokit/webhooks-examples.</summary>
public sealed class EventPayloadReaderTests
{
    [Theory]
    [InlineData("opened")]
    [InlineData("synchronize")]
    public void Pull_request_payload_gives_number_head_sha_and_base_branch(string action)
    {
        var context = Parse("pull_request", WebhookExamples.Get("pull_request", action).ToJsonString());

        Assert.True(context.IsPullRequest);
        Assert.Equal(2, context.PullRequestNumber);
        Assert.Equal("ec26c3e57ca3a959ca5aad62de7213c562f8c821", context.HeadSha);
        Assert.Equal("master", context.BaseRef);
        Assert.False(context.IsFork);
    }

    [Fact]
    public void Pull_request_from_a_fork_is_recognised()
    {
        var context = Parse("pull_request", WebhookExamples.ForkPullRequest().ToJsonString());

        Assert.True(context.IsFork);
        Assert.Equal("contributor/Hello-World", context.HeadRepository);
        Assert.Equal("Codertocat/Hello-World", context.BaseRepository);
    }

    [Fact]
    public void Pull_request_target_is_a_pull_request_event_too()
    {
        Assert.True(Parse("pull_request_target", WebhookExamples.Get("pull_request", "opened").ToJsonString()).IsPullRequest);
    }

    [Fact]
    public void Push_payload_has_no_pull_request()
    {
        var context = Parse("push", WebhookExamples.Get("push").ToJsonString());

        Assert.False(context.IsPullRequest);
        Assert.Null(context.HeadSha);
    }

    [Fact]
    public void Workflow_run_payload_gives_the_triggering_head_sha()
    {
        var payload = WebhookExamples.Get("workflow_run", "completed");

        var context = Parse("workflow_run", payload.ToJsonString());

        Assert.Equal((string?)payload["workflow_run"]!["head_sha"], context.WorkflowRunHeadSha);
        Assert.False(context.IsPullRequest);
    }

    [Fact]
    public void Payload_that_is_not_JSON_is_a_usage_error_naming_the_file()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "{ \"pull_request\": ");
        try
        {
            var error = Assert.Throws<ReadinessAction.Diagnostics.ReadinessUsageException>(() => EventPayloadReader.Read("pull_request", path));
            Assert.StartsWith($"{path}:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static EventContext Parse(string eventName, string json)
    {
        using var document = JsonDocument.Parse(json);
        return EventPayloadReader.Parse(eventName, document.RootElement);
    }
}
