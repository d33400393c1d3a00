namespace ReadinessAction.Tests.Support;

/// <summary>Golden files: compares output with the expected file in the source tree; READINESS_BLESS=1 rewrites it.</summary>
internal static class Golden
{
    public static bool Blessing => Environment.GetEnvironmentVariable("READINESS_BLESS") == "1";

    /// <param name="relativePath">Path under tests/ReadinessAction.Tests/Fixtures.</param>
    public static void Verify(string relativePath, string actual)
    {
        var source = Path.Combine(RepositoryPaths.Root, "tests", "ReadinessAction.Tests", "Fixtures", relativePath);
        actual = actual.ReplaceLineEndings("\n");
        if (Blessing)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
            File.WriteAllText(source, actual);
            return;
        }

        Assert.True(File.Exists(source), $"golden file {relativePath} is missing; run the tests with READINESS_BLESS=1 to create it");
        var expected = File.ReadAllText(source).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            var e = expected.Split('\n');
            var a = actual.Split('\n');
            var first = Enumerable.Range(0, Math.Max(e.Length, a.Length)).First(i => i >= e.Length || i >= a.Length || e[i] != a[i]);
            Assert.Fail($"{relativePath} differs at line {first + 1}:\n  expected: {(first < e.Length ? e[first] : "<end>")}\n  actual:   {(first < a.Length ? a[first] : "<end>")}\n(READINESS_BLESS=1 re-blesses after review)");
        }
    }
}
