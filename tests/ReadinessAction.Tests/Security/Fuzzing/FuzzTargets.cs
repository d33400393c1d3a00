using ReadinessAction.Checklists;
using ReadinessAction.Claims;
using ReadinessAction.Diagnostics;
using ReadinessAction.Evidence;
using ReadinessAction.Evidence.Coverage;
using ReadinessAction.Evidence.Findings;
using ReadinessAction.Evidence.TestResults;
using ReadinessAction.Reporting;
using ReadinessAction.Verification;

namespace ReadinessAction.Tests.Security.Fuzzing;

/// <summary>
/// The stages a fuzzed file goes through in process, as <c>readiness check</c> runs them: a checklist is parsed, its
/// claims extracted, judged and reported; an artifact is sniffed, read by its reader and judged against a checklist.
/// </summary>
internal sealed class FuzzTargets
{
    private readonly ArtifactReaderRegistry _readers = ArtifactReaderRegistry.CreateDefault();
    private readonly ChecklistClaims _judged;

    /// <param name="checklist">The checklist whose claims are judged against each fuzzed artifact.</param>
    public FuzzTargets(byte[] checklist)
    {
        var document = ChecklistLoader.Parse(checklist, "READINESS.md", new DiagnosticBag())
            ?? throw new InvalidOperationException("the checklist judged against artifacts must parse");
        _judged = new ChecklistClaims(document, ClaimExtractor.CreateDefault().Extract(document));
    }

    public static void Checklist(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        if (ChecklistLoader.Parse(bytes, "docs/READINESS.md", diagnostics) is not { } document)
        {
            return;
        }

        var claims = new ChecklistClaims(document, ClaimExtractor.CreateDefault().Extract(document, diagnostics));
        Report([claims], VerificationInputs.DocumentOnly(RepositoryFacts.Empty), diagnostics);
    }

    public void Artifact(byte[] bytes, string name)
    {
        var diagnostics = new DiagnosticBag();
        using var stream = new MemoryStream(bytes, writable: false);
        ArtifactEvidence? evidence;
        try
        {
            var sniff = ArtifactSniffer.Sniff(stream, name);
            stream.Position = 0;
            evidence = _readers.Find(sniff)?.Read(stream, name, diagnostics);
        }
        catch (IOException)
        {
            // Documented: ArtifactFileReader turns an unreadable file into an "unreadable-file" diagnostic.
            return;
        }

        var artifacts = evidence is null ? [] : new[] { evidence };
        var bundle = new EvidenceBundle(
            artifacts,
            TestResultSet.Merge(artifacts.Where(a => a.Tests is not null).Select(a => a.Tests!)),
            CoverageSet.Merge(artifacts.Where(a => a.Coverage is not null).Select(a => a.Coverage!)),
            diagnostics.Items,
            [])
        {
            Findings = FindingSet.Merge(artifacts.Where(a => a.Findings is not null).Select(a => a.Findings!)),
        };
        var inputs = VerificationInputs.DocumentOnly(RepositoryFacts.Empty) with { Evidence = bundle };
        Report([_judged], inputs, diagnostics);
    }

    private static void Report(IReadOnlyList<ChecklistClaims> checklists, VerificationInputs inputs, DiagnosticBag diagnostics)
    {
        var verdicts = ClaimVerifier.Verify(checklists, inputs);
        var gate = GateDecider.Decide(verdicts, [ClaimStatus.Contradicted], null);
        JsonReportRenderer.Render(ReportBuilder.Build(checklists, verdicts, gate, diagnostics.Items));
    }
}
