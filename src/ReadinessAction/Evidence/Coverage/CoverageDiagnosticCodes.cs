namespace ReadinessAction.Evidence.Coverage;

/// <summary>Diagnostic codes the coverage readers report (XML that cannot be read is reported by <see cref="XmlArtifact"/>).</summary>
public static class CoverageDiagnosticCodes
{
    /// <summary>Error: a line-oriented report (LCOV, Go) cannot be read: binary, not UTF-8, endless line.</summary>
    public const string MalformedText = "malformed-text";

    /// <summary>Warning: the file is of a known format but holds no coverable line (empty, header only).</summary>
    public const string NoData = "no-coverage-data";

    /// <summary>Warning: the report's own summary disagrees with its content; the content is used.</summary>
    public const string HeaderMismatch = "summary-mismatch";

    /// <summary>Warning: one record or element could not be used (missing or bad number, unknown file); it is skipped.</summary>
    public const string BadRecord = "bad-record";
}
