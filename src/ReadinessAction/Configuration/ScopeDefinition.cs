namespace ReadinessAction.Configuration;

/// <summary>A named scope used in claims ("87% backend coverage"): source paths for coverage, test-name patterns for tests.</summary>
/// <param name="Paths">Globs over the file paths coverage reports name (e.g. "src/api/**").</param>
/// <param name="Tests">Patterns matched against a test's suite, class, name or category (e.g. "Api.Tests*").</param>
public sealed record ScopeDefinition(IReadOnlyList<string> Paths, IReadOnlyList<string> Tests);
