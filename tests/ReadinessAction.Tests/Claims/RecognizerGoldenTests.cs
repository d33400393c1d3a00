using ReadinessAction.Checklists;
using ReadinessAction.Claims;
using ReadinessAction.Diagnostics;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Claims;

/// <summary>Each recogniser's examples: Fixtures/Claims/Recognizers/&lt;kind&gt;.md beside &lt;kind&gt;.claims.tsv.</summary>
public sealed class RecognizerGoldenTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Fixture("Claims", "Recognizers"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Recognizer_examples_yield_the_expected_claims(string name)
    {
        var markdown = File.ReadAllBytes(RepositoryPaths.Fixture("Claims", "Recognizers", name + ".md"));
        var document = ChecklistLoader.Parse(markdown, name + ".md", new DiagnosticBag())!;
        var claims = ClaimExtractor.CreateDefault().Extract(document);
        Golden.Verify(Path.Combine("Claims", "Recognizers", name + ".claims.tsv"), ClaimTable.Of(claims));
    }

    [Fact]
    public void Every_claim_kind_has_a_golden_example_file()
    {
        var names = Directory.EnumerateFiles(RepositoryPaths.Fixture("Claims", "Recognizers"), "*.md").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        foreach (var kind in Enum.GetValues<ClaimKind>())
        {
            Assert.Contains(ReadinessAction.Verification.StatusNames.Of(kind), names);
        }

    }
}
