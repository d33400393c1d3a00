using ReadinessAction.Evidence.Coverage;

namespace ReadinessAction.Tests.Evidence.Coverage;

public sealed class CoveragePathTests
{
    [Theory]
    [InlineData("src/a.cs")]
    [InlineData("/src/a.cs")]
    [InlineData("C:/src/a.cs")]
    [InlineData("a")]
    [InlineData("src/.hidden/a b.cs")]
    public void A_path_already_normal_comes_back_as_it_is(string path)
    {
        Assert.Equal(path, CoveragePath.Normalize(path));
    }

    [Theory]
    [InlineData(" src/a.cs ", "src/a.cs")]
    [InlineData("src\\a.cs", "src/a.cs")]
    [InlineData("./src//a.cs/", "src/a.cs")]
    [InlineData("/src/./a.cs", "/src/a.cs")]
    [InlineData("//server/share/a.cs", "//server/share/a.cs")]
    [InlineData("/", "/")]
    [InlineData(".", "")]
    [InlineData("", "")]
    [InlineData("C:\\src\\a.cs", "C:/src/a.cs")]
    public void Backslashes_dot_and_empty_segments_and_edge_spaces_are_normalized(string path, string expected)
    {
        Assert.Equal(expected, CoveragePath.Normalize(path));
    }

    [Theory]
    [InlineData("/src", "a/b.cs", "/src/a/b.cs")]
    [InlineData(" /src/ ", "./a/b.cs", "/src/a/b.cs")]
    [InlineData("/", "a.cs", "//a.cs")]
    [InlineData("/src", "/abs/a.cs", "/abs/a.cs")]
    [InlineData(null, "a.cs", "a.cs")]
    public void A_relative_path_is_resolved_against_the_base_and_normalized(string? baseDirectory, string path, string expected)
    {
        Assert.Equal(expected, CoveragePath.Resolve(baseDirectory, path));
    }
}
