using ReadinessAction.Evidence.Coverage.Cobertura;

namespace ReadinessAction.Tests.Evidence.Coverage;

public sealed class ConditionCoverageTests
{
    [Theory]
    [InlineData("50% (1/2)", 2, 1)]
    [InlineData("100% ( 3 / 3 )", 3, 3)]
    [InlineData("(x) 25% (1/4)", 4, 1)]
    [InlineData("((1/4)", 4, 1)]
    [InlineData("150% (3/2)", 2, 2)]
    [InlineData("0% (0/0)", 0, 0)]
    [InlineData("(123456789/987654321)", 987654321, 123456789)]
    [InlineData("(1234567890/2000000000)", 2000000000, 1234567890)]
    [InlineData("50% (1 /2)", 2, 1)]
    public void Condition_coverage_gives_the_first_fraction_in_parentheses(string text, int valid, int covered)
    {
        Assert.Equal((valid, covered), ConditionCoverage.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("50%")]
    [InlineData("50% (1/2")]
    [InlineData("50% (1 2)")]
    [InlineData("50% (/2)")]
    [InlineData("50% (1/)")]
    [InlineData("50% (-1/2)")]
    [InlineData("50% (1/99999999999)")]
    [InlineData("50% (\u0661/\u0662)")]
    public void Condition_coverage_without_a_usable_fraction_gives_no_branches(string? text)
    {
        Assert.Equal((0, 0), ConditionCoverage.Parse(text));
    }
}
