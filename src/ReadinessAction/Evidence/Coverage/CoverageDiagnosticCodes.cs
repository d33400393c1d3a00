namespace ReadinessAction.Evidence.Coverage;

/// <summary>Diagnostic codes the coverage readers report.</summary>
public static class CoverageDiagnosticCodes
{
    /// <summary>Error: the file cannot be read as its format (not well-formed, truncated, bad encoding, binary).</summary>
    public const string Malformed = "artifact-malformed";

    /// <summary>Warning: the file is of a known format but holds no coverable line (empty, header only).</summary>
    public const string NoData = "artifact-no-data";

    /// <summary>Warning: the report's own summary disagrees with its content; the content is used.</summary>
    public const string HeaderMismatch = "artifact-header-mismatch";

    /// <summary>Warning: one record or element could not be used (missing or bad number, unknown file); it is skipped.</summary>
    public const string BadRecord = "artifact-bad-record";
}
