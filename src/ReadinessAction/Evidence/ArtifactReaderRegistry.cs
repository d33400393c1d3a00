using ReadinessAction.Evidence.Coverage.Clover;
using ReadinessAction.Evidence.Coverage.Cobertura;
using ReadinessAction.Evidence.Coverage.GoCover;
using ReadinessAction.Evidence.Coverage.JaCoCo;
using ReadinessAction.Evidence.Coverage.Lcov;
using ReadinessAction.Evidence.Coverage.OpenCover;
using ReadinessAction.Evidence.Findings.DotnetVulnerable;
using ReadinessAction.Evidence.Findings.Eslint;
using ReadinessAction.Evidence.Findings.NpmAudit;
using ReadinessAction.Evidence.Findings.Sarif;
using ReadinessAction.Evidence.TestResults.Ctrf;
using ReadinessAction.Evidence.TestResults.Cucumber;
using ReadinessAction.Evidence.TestResults.Dart;
using ReadinessAction.Evidence.TestResults.GoTest;
using ReadinessAction.Evidence.TestResults.Jest;
using ReadinessAction.Evidence.TestResults.JUnit;
using ReadinessAction.Evidence.TestResults.Mocha;
using ReadinessAction.Evidence.TestResults.NUnit2;
using ReadinessAction.Evidence.TestResults.NUnit3;
using ReadinessAction.Evidence.TestResults.Pytest;
using ReadinessAction.Evidence.TestResults.RSpec;
using ReadinessAction.Evidence.TestResults.Trx;
using ReadinessAction.Evidence.TestResults.XUnit1;
using ReadinessAction.Evidence.TestResults.XUnit2;

namespace ReadinessAction.Evidence;

/// <summary>The ordered list of artifact readers; the first whose CanRead accepts the sniffed content reads it.</summary>
public sealed class ArtifactReaderRegistry
{
    public ArtifactReaderRegistry(IEnumerable<IArtifactReader> readers)
    {
        Readers = [.. readers];
    }

    public IReadOnlyList<IArtifactReader> Readers { get; }

    /// <summary>Every reader the product ships, most specific first.</summary>
    public static ArtifactReaderRegistry CreateDefault() => new(
    [
        // Readers are registered here, one line each.
        new TrxReader(),
        new NUnit3Reader(),
        new NUnit2Reader(),
        new XUnit2Reader(),
        new XUnit1Reader(),
        new JUnitReader(),
        // SARIF before CTRF: a SARIF head also names "tool" and "results".
        new SarifReader(),
        new CtrfReader(),
        new MochaReader(),
        new DartReader(),
        new GoTestReader(),
        new JestReader(),
        new RSpecReader(),
        new PytestReader(),
        new CucumberReader(),
        new CloverReader(),
        new CoberturaReader(),
        new JaCoCoReader(),
        new OpenCoverReader(),
        new LcovReader(),
        new GoCoverReader(),
        new EslintReader(),
        new NpmAuditReader(),
        new DotnetVulnerableReader(),
    ]);

    public IArtifactReader? Find(ArtifactSniff sniff, ArtifactKind? expected = null) =>
        Readers.FirstOrDefault(r => (expected is null || r.Kind == expected) && r.CanRead(sniff));
}
