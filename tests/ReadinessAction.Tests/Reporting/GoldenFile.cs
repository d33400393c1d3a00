using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Reporting;

/// <summary>Compares output with a fixture beside its input; READINESS_BLESS=1 rewrites the fixture in the source tree.</summary>
internal static class GoldenFile
{
    public static bool Blessing => Environment.GetEnvironmentVariable("READINESS_BLESS") == "1";

    public static void Verify(string stage, string fileName, string actual)
    {
        actual = actual.ReplaceLineEndings("\n");
        if (Blessing)
        {
            var source = Path.Combine(RepositoryPaths.Root, "tests", "ReadinessAction.Tests", "Fixtures", stage, fileName);
            File.WriteAllText(source, actual);
            return;
        }

        var expectedPath = RepositoryPaths.Fixture(stage, fileName);
        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing; run the tests with READINESS_BLESS=1 to create it");
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual);
    }
}
