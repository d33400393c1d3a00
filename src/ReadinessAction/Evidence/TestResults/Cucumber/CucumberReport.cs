using System.Text.Json.Serialization;

namespace ReadinessAction.Evidence.TestResults.Cucumber;

/// <summary>
/// The parts of Cucumber's JSON (cucumber-js, Cucumber-JVM, Cucumber Ruby) a test record needs: features, their
/// scenarios and backgrounds, and each step's and hook's result; arguments, embeddings and tags are skipped.
/// </summary>
internal sealed record CucumberFeature(string? Uri, string? Name, IReadOnlyList<CucumberElement>? Elements);

internal sealed record CucumberElement(
    string? Name,
    string? Type,
    IReadOnlyList<CucumberStep>? Steps,
    IReadOnlyList<CucumberStep>? Before,
    IReadOnlyList<CucumberStep>? After);

internal sealed record CucumberStep(CucumberResult? Result);

/// <param name="Duration">Nanoseconds in cucumber-js and Cucumber-JVM.</param>
internal sealed record CucumberResult(string? Status, double? Duration);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(List<CucumberFeature>))]
internal sealed partial class CucumberJsonContext : JsonSerializerContext;
