using FakeGitHub;

using Microsoft.AspNetCore.Builder;

namespace ReadinessAction.Tests.Hosts.GitHubActions;

/// <summary>The fake GitHub on Kestrel, 127.0.0.1 and a free port chosen by the OS, for one test.</summary>
internal sealed class FakeGitHubServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeGitHubServer(WebApplication app, FakeGitHubState state)
    {
        _app = app;
        State = state;
        BaseUrl = new Uri(app.Urls.Single());
    }

    public FakeGitHubState State { get; }

    /// <summary>What GITHUB_API_URL would be on github.com.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The same server as GitHub Enterprise Server shapes it (https://HOST/api/v3).</summary>
    public Uri EnterpriseUrl => new(BaseUrl, "/api/v3");

    public static async Task<FakeGitHubServer> StartAsync()
    {
        var state = new FakeGitHubState();
        var app = FakeGitHubApp.Create(["--urls", "http://127.0.0.1:0"], state);
        await app.StartAsync();
        return new FakeGitHubServer(app, state);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
