using System.Text;

using ReadinessAction.Evidence;

namespace ReadinessAction.Tests.Evidence.Coverage;

/// <summary>The reader is chosen by what the file holds, never by its name.</summary>
public sealed class CoverageDetectionTests
{
    [Theory]
    [InlineData("cobertura_coverlet.xml", "cobertura")]
    [InlineData("cobertura_coveragepy.xml", "cobertura")]
    [InlineData("cobertura_phpunit.xml", "cobertura")]
    [InlineData("jacoco_maven.xml", "jacoco")]
    [InlineData("opencover_opencover.xml", "opencover")]
    [InlineData("clover_openclover.xml", "clover")]
    [InlineData("clover_istanbul.xml", "clover")]
    [InlineData("lcov_c8.info", "lcov")]
    [InlineData("gocover_gotest.out", "gocover")]
    public void Format_is_detected_from_content_whatever_the_file_is_called(string fixture, string format)
    {
        var bytes = File.ReadAllBytes(CoverageReading.FixturePath(fixture));
        foreach (var misleadingName in new[] { "coverage.info", "jacoco.xml", "results.trx", "noextension" })
        {
            var sniff = ArtifactSniffer.Sniff(new MemoryStream(bytes), misleadingName);

            Assert.Equal(format, ArtifactReaderRegistry.CreateDefault().Find(sniff, ArtifactKind.Coverage)?.Format);
        }
    }

    [Theory]
    [InlineData("<testsuites><testsuite name=\"a\" tests=\"1\"/></testsuites>")]
    [InlineData("<TestRun xmlns=\"http://microsoft.com/schemas/VisualStudio/TeamTest/2010\"><Results/></TestRun>")]
    [InlineData("<report><title>not jacoco</title></report>")]
    [InlineData("{\"coverage\": 80}")]
    [InlineData("Some notes\nTN: not at the start\n")]
    [InlineData("mode: sometimes\na.go:1.1,2.1 1 1\n")]
    public void Files_of_other_kinds_are_claimed_by_no_coverage_reader(string content)
    {
        var sniff = ArtifactSniffer.Sniff(new MemoryStream(Encoding.UTF8.GetBytes(content)), "coverage.xml");

        Assert.Null(ArtifactReaderRegistry.CreateDefault().Find(sniff, ArtifactKind.Coverage));
    }
}
