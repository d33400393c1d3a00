using FakeGitHub;

// Standalone: dotnet run --project tests/FakeGitHub -- --urls http://127.0.0.1:PORT
await FakeGitHubApp.Create(args).RunAsync().ConfigureAwait(false);
