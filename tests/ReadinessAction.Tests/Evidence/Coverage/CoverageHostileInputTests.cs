using System.Text;

using ReadinessAction.Diagnostics;
using ReadinessAction.Evidence;
using ReadinessAction.Evidence.Coverage;
using ReadinessAction.Evidence.Coverage.Cobertura;
using ReadinessAction.Evidence.Coverage.Lcov;

namespace ReadinessAction.Tests.Evidence.Coverage;

/// <summary>Broken and odd input: each gives a diagnostic naming the file (and line where there is one), never an exception.</summary>
public sealed class CoverageHostileInputTests
{
    public static TheoryData<string> Fixtures => [.. Directory.GetFiles(CoverageReading.FixturePath("")).Select(f => Path.GetFileName(f)).Order()];

    public static TheoryData<string> ReaderFormats => [.. ArtifactReaderRegistry.CreateDefault().Readers.Where(r => r.Kind == ArtifactKind.Coverage).Select(r => r.Format)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Truncated_or_corrupted_fixture_never_throws_and_says_what_is_wrong(string fixture)
    {
        var bytes = File.ReadAllBytes(CoverageReading.FixturePath(fixture));
        var reader = CoverageReading.Fixture(fixture).Reader!;
        for (var cut = 0; cut < bytes.Length; cut += 13)
        {
            AssertUsableOrDiagnosed(CoverageReading.With(reader, bytes[..cut], fixture), fixture);
            var corrupted = (byte[])bytes.Clone();
            corrupted[cut] = (byte)(cut % 2 == 0 ? 0x00 : 0xFF);
            AssertUsableOrDiagnosed(CoverageReading.With(reader, corrupted, fixture), fixture);
        }
    }

    [Theory]
    [InlineData("cobertura_coverlet.xml")]
    [InlineData("jacoco_maven.xml")]
    [InlineData("opencover_opencover.xml")]
    [InlineData("clover_openclover.xml")]
    public void Truncated_xml_is_an_error_naming_file_and_line(string fixture)
    {
        var bytes = File.ReadAllBytes(CoverageReading.FixturePath(fixture));
        var read = CoverageReading.With(CoverageReading.Fixture(fixture).Reader!, bytes[..(bytes.Length * 2 / 3)], fixture);

        Assert.Null(read.Evidence);
        var error = Assert.Single(read.Errors);
        Assert.Equal((XmlArtifact.MalformedCode, fixture), (error.Code, error.Path));
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void Nul_byte_in_xml_is_an_error_at_its_line()
    {
        var read = CoverageReading.Text(Cobertura("\0"), "coverage.xml");

        var error = Assert.Single(read.Errors);
        Assert.Equal(("coverage.xml", 3), (error.Path, error.Line));
        Assert.Null(read.Evidence);
    }

    [Fact]
    public void Nul_byte_in_lcov_is_an_error_at_its_line()
    {
        var read = CoverageReading.Text("TN:\nSF:a.c\nDA:1,\01\nend_of_record\n", "lcov.info");

        var error = Assert.Single(read.Errors);
        Assert.Equal(("lcov.info", 3), (error.Path, error.Line));
    }

    [Fact]
    public void Endless_line_in_a_text_report_is_an_error_not_buffered_whole()
    {
        var read = CoverageReading.Text("mode: set\na.go:1.1,1.2 1 1\n" + new string('x', 200_000), "cover.out");

        var error = Assert.Single(read.Errors);
        Assert.Equal(("cover.out", 3), (error.Path, error.Line));
        Assert.Null(read.Evidence);
    }

    [Fact]
    public void Bytes_invalid_in_the_declared_encoding_are_an_error_at_their_line()
    {
        var bytes = Latin1(Cobertura("é"));

        var read = CoverageReading.Bytes(bytes, "coverage.xml");

        var error = Assert.Single(read.Errors);
        Assert.Equal((XmlArtifact.MalformedCode, 3), (error.Code, error.Line));
    }

    [Fact]
    public void Declared_latin1_is_decoded_as_declared()
    {
        var bytes = Latin1(Cobertura("é").Replace("utf-8", "ISO-8859-1", StringComparison.Ordinal));

        var read = CoverageReading.Bytes(bytes);

        Assert.Equal("Café.cs", Assert.Single(read.Set.Files).Path);
    }

    [Fact]
    public void Declared_windows_1252_is_decoded_as_declared()
    {
        var bytes = Encoding.Latin1.GetBytes(Cobertura("\u00e9").Replace("utf-8", "windows-1252", StringComparison.Ordinal));

        var read = CoverageReading.Bytes(bytes);

        Assert.Equal("Caf\u00e9.cs", Assert.Single(read.Set.Files).Path);
    }

    [Fact]
    public void Unknown_declared_encoding_is_claimed_by_no_reader_and_is_an_error_when_read()
    {
        var bytes = Encoding.UTF8.GetBytes(Cobertura("e").Replace("utf-8", "x-no-such-charset", StringComparison.Ordinal));

        Assert.Null(CoverageReading.Bytes(bytes).Reader);
        var read = CoverageReading.With(new CoberturaReader(), bytes, "coverage.xml");

        var error = Assert.Single(read.Errors);
        Assert.Equal((XmlArtifact.MalformedCode, "coverage.xml"), (error.Code, error.Path));
    }

    [Fact]
    public void Invalid_utf8_in_lcov_is_an_error_naming_its_line()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("TN:\nSF:a.c\nDA:1,1\nSF:caf"), 0xE9, .. Encoding.ASCII.GetBytes(".c\nend_of_record\n")];

        var read = CoverageReading.Bytes(bytes, "lcov.info");

        var error = Assert.Single(read.Errors);
        Assert.Equal(("lcov.info", 4), (error.Path, error.Line));
        Assert.Null(read.Evidence);
    }

    [Theory]
    [InlineData("utf-8", true)]
    [InlineData("utf-16", true)]
    [InlineData("utf-16", false)]
    [InlineData("utf-16BE", true)]
    [InlineData("utf-16BE", false)]
    public void Unicode_encodings_with_or_without_bom_are_detected_and_read(string encodingName, bool bom)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var xml = Cobertura("e").Replace("utf-8", encodingName, StringComparison.Ordinal);
        var bytes = (bom ? encoding.GetPreamble() : []).Concat(encoding.GetBytes(xml)).ToArray();

        var read = CoverageReading.Bytes(bytes);

        Assert.IsType<CoberturaReader>(read.Reader);
        Assert.Equal(new CoverageTotals(2, 1, 0, 0), read.Totals);
    }

    [Theory]
    [MemberData(nameof(ReaderFormats))]
    public void Empty_or_blank_file_is_claimed_by_no_reader_and_each_reader_still_diagnoses_it(string format)
    {
        var reader = ArtifactReaderRegistry.CreateDefault().Readers.Single(r => r.Format == format);
        foreach (var content in new[] { "", "   \n\n" })
        {
            Assert.Null(CoverageReading.Text(content).Reader);

            var read = CoverageReading.With(reader, Encoding.UTF8.GetBytes(content), "empty.xml");

            Assert.Null(read.Evidence);
            Assert.Contains(read.Diagnostics, d => d.Path == "empty.xml" && (d.Severity == DiagnosticSeverity.Error || d.Code == CoverageDiagnosticCodes.NoData));
        }
    }

    [Theory]
    [MemberData(nameof(ReaderFormats))]
    public void Binary_content_is_claimed_by_no_reader_and_each_reader_still_diagnoses_it(string format)
    {
        byte[] gzip = [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xCB, 0x48, 0xCD, 0xC9, 0xC9, 0x07, 0x00];
        var reader = ArtifactReaderRegistry.CreateDefault().Readers.Single(r => r.Format == format);

        Assert.Null(CoverageReading.Bytes(gzip).Reader);
        var read = CoverageReading.With(reader, gzip, "coverage.gz");

        Assert.Null(read.Evidence);
        Assert.Contains(read.Diagnostics, d => d.Path == "coverage.gz");
    }

    [Fact]
    public void Many_bad_records_give_a_few_warnings_and_a_count_not_one_per_record()
    {
        var body = string.Concat(Enumerable.Range(1, 500).Select(i => $"DA:{i},x\n"));
        var read = CoverageReading.Text($"SF:a.c\nDA:1,1\n{body}end_of_record\n");

        Assert.InRange(read.With(CoverageDiagnosticCodes.BadRecord).Count(), 2, 10);
        Assert.Contains(read.Diagnostics, d => d.Message.StartsWith("495 more", StringComparison.Ordinal));
    }

    [Fact]
    public void Lcov_reader_is_stateless_between_files()
    {
        var reader = new LcovReader();
        CoverageReading.With(reader, Encoding.UTF8.GetBytes("SF:open.c\nDA:1,1\n"), "first.info");

        var second = CoverageReading.With(reader, Encoding.UTF8.GetBytes("DA:9,1\nSF:b.c\nDA:2,1\nend_of_record\n"), "second.info");

        Assert.Equal(["b.c"], second.Set.Files.Select(f => f.Path));
    }

    private static void AssertUsableOrDiagnosed(CoverageReadResult read, string fixture)
    {
        if (read.Evidence is null)
        {
            Assert.Contains(read.Diagnostics, d => d.Path == fixture && (d.Severity == DiagnosticSeverity.Error || d.Code == CoverageDiagnosticCodes.NoData));
        }
    }

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    private static string Cobertura(string fileNameEnd) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <coverage line-rate="1">
          <packages><package name="p"><classes><class name="C" filename="Caf{fileNameEnd}.cs">
            <lines><line number="1" hits="1"/><line number="2" hits="0"/></lines>
          </class></classes></package></packages>
        </coverage>
        """;
}
