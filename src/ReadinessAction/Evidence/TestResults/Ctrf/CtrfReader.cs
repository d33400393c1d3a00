namespace ReadinessAction.Evidence.TestResults.Ctrf;

/// <summary>
/// CTRF JSON (Common Test Report Format, ctrf.io), read as it streams (<see cref="CtrfStream"/>): each test goes
/// straight into the case table; messages, traces, output and attachments are skipped.
/// </summary>
public sealed class CtrfReader() : JsonTestReader("ctrf", "results.tests", "\"results\"")
{
    public override bool CanRead(ArtifactSniff sniff) =>
        base.CanRead(sniff)
        && (sniff.Head.Contains("\"CTRF\"", StringComparison.Ordinal) || sniff.Head.Contains("\"tool\"", StringComparison.Ordinal));

    protected override IReadOnlyList<TestCaseResult>? ReadCases(Stream utf8, StringPool pool, ISet<string> unknown) =>
        new CtrfStream(utf8, pool).Read();
}
