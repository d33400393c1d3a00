using ReadinessAction.Diagnostics;
using ReadinessAction.Hosts.AzurePipelines;

namespace ReadinessAction.Tests.Hosts.AzurePipelines;

public sealed class AzurePipelinesEnvironmentTests
{
    [Theory]
    [InlineData("True", true)]
    [InlineData("true", true)]
    [InlineData(null, false)]
    [InlineData("False", false)]
    public void Azure_Pipelines_is_detected_by_TF_BUILD(string? value, bool expected) =>
        Assert.Equal(expected, AzurePipelinesEnvironment.IsPresent(name => name == "TF_BUILD" ? value : null));

    [Theory]
    [InlineData("refs/heads/main", "main")]
    [InlineData("main", "main")]
    [InlineData("refs/heads/release/2.0", "release/2.0")]
    public void The_target_branch_is_read_with_or_without_refs_heads(string value, string expected) =>
        Assert.Equal(expected, Read(("SYSTEM_PULLREQUEST_TARGETBRANCH", value)).TargetBranch);

    [Fact]
    public void Links_come_from_the_collection_project_and_build()
    {
        var environment = Read(
            ("SYSTEM_COLLECTIONURI", "https://dev.azure.com/fabrikam/"),
            ("SYSTEM_TEAMPROJECT", "Fiber Project"),
            ("BUILD_REPOSITORY_NAME", "web"),
            ("BUILD_BUILDID", "812"),
            ("BUILD_SOURCEVERSION", "merge1"),
            ("SYSTEM_PULLREQUEST_SOURCECOMMITID", "head1"));

        Assert.Equal("https://dev.azure.com/fabrikam/Fiber%20Project/_build/results?buildId=812", environment.RunUrl);
        Assert.Equal("https://dev.azure.com/fabrikam/Fiber%20Project/_git/web", environment.RepositoryUrl);
        Assert.Equal("head1", environment.HeadSha);
    }

    [Fact]
    public void A_macro_the_pipeline_left_unexpanded_counts_as_not_set()
    {
        // A step that maps $(System.AccessToken) without the variable existing receives the text itself.
        Assert.Null(Read(("SYSTEM_ACCESSTOKEN", "$(System.AccessToken)")).AccessToken);
    }

    [Fact]
    public void A_pull_request_id_that_is_not_a_number_is_a_clear_error()
    {
        var error = Assert.Throws<ReadinessUsageException>(() => Read(("SYSTEM_PULLREQUEST_PULLREQUESTID", "abc")));

        Assert.Equal("SYSTEM_PULLREQUEST_PULLREQUESTID must be a pull request number, not 'abc'", error.Message);
    }

    [Fact]
    public void A_GitHub_repository_built_in_Azure_Pipelines_is_recognised_by_its_provider() =>
        Assert.True(Read(("BUILD_REPOSITORY_PROVIDER", "GitHub")).IsGitHubRepository);

    [Fact]
    public void A_GitHub_pull_request_is_known_by_its_number_and_its_id_beyond_an_int_is_ignored()
    {
        var environment = Read(("BUILD_REPOSITORY_PROVIDER", "GitHub"), ("SYSTEM_PULLREQUEST_PULLREQUESTID", "2346789012"), ("SYSTEM_PULLREQUEST_PULLREQUESTNUMBER", "7"));

        Assert.Null(environment.PullRequestId);
        Assert.Equal(7, environment.PullRequestNumber);
    }

    private static AzurePipelinesEnvironment Read(params (string Name, string Value)[] variables) =>
        AzurePipelinesEnvironment.Read(name => variables.FirstOrDefault(v => v.Name == name).Value);
}
