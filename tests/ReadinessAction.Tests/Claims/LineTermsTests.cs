using ReadinessAction.Claims.Lines;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Claims;

/// <summary>The term lists of the line grammar are data files embedded in the assembly; a list that fails to load
/// must fail loudly, never match nothing.</summary>
public sealed class LineTermsTests
{
    public static TheoryData<string> Lists()
    {
        var data = new TheoryData<string>();
        var folder = Path.Combine(RepositoryPaths.Root, "src", "ReadinessAction", "Claims", "Lines", "Terms");
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void Every_term_list_in_the_source_tree_is_embedded_and_holds_terms(string name)
    {
        Assert.NotEmpty(LineTerms.Read(name));
    }

    [Fact]
    public void A_missing_term_list_throws_instead_of_matching_nothing()
    {
        Assert.Throws<InvalidOperationException>(() => LineTerms.Read("no-such-list"));
    }

    [Theory]
    [InlineData("coverage-words", "行覆盖率: 85%")]
    [InlineData("coverage-words", "Покрытие тестами: 82%")]
    [InlineData("fact-hygiene", "No console.log statements")]
    [InlineData("pass-words", "Alle Unit-Tests bestehen")]
    public void Terms_match_in_their_own_script(string list, string text)
    {
        Assert.Matches(LineTerms.Of(list), text);
    }

    [Theory]
    [InlineData("fact-subjects", "Rebuilding the cache")]
    [InlineData("coverage-words", "Recovered quickly")]
    public void Alphabetic_terms_match_whole_words_only(string list, string text)
    {
        Assert.DoesNotMatch(LineTerms.Of(list), text);
    }

    [Fact]
    public void Units_may_follow_a_digit()
    {
        Assert.Matches(new System.Text.RegularExpressions.Regex("^1200" + TermPatterns.FactUnitsGlued + "$"), "1200ms");
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void The_plain_text_pre_check_answers_as_the_pattern_does_on_every_corpus_line(string name)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "corpus", "claims", "checklists");
        var lines = Directory.EnumerateFiles(folder, "*.md").SelectMany(File.ReadLines)
            .Concat(["KELVIN \u212A tests", "İSTANBUL build", "Straße ẞ", "- [x] Linters Passing: 100%", "All teſts paſſing", "ＡＬＬ ＴＥＳＴＳ ｐａｓｓｉｎｇ"]);
        foreach (var line in lines)
        {
            Assert.True(LineTerms.Of(name).IsMatch(line) == LineTerms.Matches(name, line), $"{name}: {line}");
        }
    }

    [Theory]
    [InlineData("\u212Aelvin", false)]
    [InlineData("KELVIN", false)]
    [InlineData("elvin only", true)]
    public void The_plain_text_pre_check_rules_out_only_lines_the_pattern_cannot_match(string text, bool absent)
    {
        var pattern = new System.Text.RegularExpressions.Regex("kelvin", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        Assert.Equal(absent, new TermWords(["kelvin"]).Absent(text));
        Assert.True(absent ? !pattern.IsMatch(text) : pattern.IsMatch(text));
    }
}
