namespace FakeGitHub;

/// <summary>
/// Makes the next <see cref="Count"/> requests whose method matches (null: any) and whose path contains
/// <see cref="PathContains"/> (null: any) answer <see cref="Status"/> with GitHub's error document and the given headers.
/// Status 0 only slows the request down by <see cref="DelayMilliseconds"/> (to force races) and adds the headers, then answers normally.
/// JSON (snake_case): <c>[{"method":"POST","path_contains":"/statuses/","status":502,"count":1}]</c>.
/// </summary>
public sealed record FakeFault(string? Method, string? PathContains, int Status, int Count = 1, string? Message = null, IReadOnlyDictionary<string, string>? Headers = null, int DelayMilliseconds = 0);
