using ReadinessAction.Diagnostics;
using ReadinessAction.Evidence.Coverage;
using ReadinessAction.Evidence.Findings;
using ReadinessAction.Evidence.TestResults;
using ReadinessAction.Workspace;

namespace ReadinessAction.Evidence;

/// <summary>
/// The file I/O edge of Evidence: finds the artifacts the globs name inside the workspace, recognises each by its
/// content and reads it with the matching reader. A file that cannot be used becomes diagnostics; the rest are read.
/// </summary>
public sealed class EvidenceCollector
{
    private readonly ArtifactReaderRegistry _registry;

    public EvidenceCollector()
        : this(ArtifactReaderRegistry.CreateDefault())
    {
    }

    public EvidenceCollector(ArtifactReaderRegistry registry)
    {
        _registry = registry;
    }

    /// <param name="workspaceRoot">The repository root; no file outside it is read.</param>
    /// <param name="coverageGlobs">Workspace-relative globs of coverage reports (<c>--coverage</c>).</param>
    /// <param name="testResultGlobs">Workspace-relative globs of test results (<c>--test-results</c>).</param>
    /// <exception cref="ReadinessUsageException">The workspace does not exist or a glob is invalid or leaves it.</exception>
    public EvidenceBundle Collect(string workspaceRoot, IEnumerable<string> coverageGlobs, IEnumerable<string> testResultGlobs, IEnumerable<string>? findingGlobs = null)
    {
        ArgumentNullException.ThrowIfNull(workspaceRoot);
        if (!Directory.Exists(workspaceRoot))
        {
            throw new ReadinessUsageException($"workspace '{workspaceRoot}' is not a directory");
        }

        var globs = EvidenceGlob.ParseAll("--coverage", ArtifactKind.Coverage, coverageGlobs)
            .Concat(EvidenceGlob.ParseAll("--test-results", ArtifactKind.Tests, testResultGlobs))
            .Concat(EvidenceGlob.ParseAll("--findings", ArtifactKind.Findings, findingGlobs ?? []))
            .ToList();
        var diagnostics = new DiagnosticBag();
        var finder = new WorkspaceFileFinder(workspaceRoot);
        var paths = finder.Find(globs.Select(g => g.Pattern));
        foreach (var link in finder.SkippedLinks)
        {
            diagnostics.Warning("artifact-link-skipped", "matched as an artifact but it is a symbolic link; artifacts are read only as regular files, links are never followed", link);
        }

        var unmatched = globs.Where(g => !paths.Any(g.Pattern.IsMatch)).Select(g => g.ToString()).ToList();
        foreach (var glob in unmatched)
        {
            diagnostics.Warning("no-match", $"{glob} matched no file in the workspace");
        }

        var file = new ArtifactFileReader(_registry, new WorkspaceFileGuard(workspaceRoot));
        var artifacts = new List<ArtifactEvidence>();
        foreach (var path in paths)
        {
            var kinds = globs.Where(g => g.Pattern.IsMatch(path)).Select(g => g.Kind).Distinct().ToList();
            if (file.Read(path, kinds.Count == 1 ? kinds[0] : null, diagnostics) is { } evidence)
            {
                artifacts.Add(evidence);
            }
        }

        return new EvidenceBundle(
            artifacts,
            TestResultSet.Merge(artifacts.Where(a => a.Tests is not null).Select(a => a.Tests!)),
            CoverageSet.Merge(artifacts.Where(a => a.Coverage is not null).Select(a => a.Coverage!)),
            diagnostics.Items,
            unmatched)
        {
            Findings = FindingSet.Merge(artifacts.Where(a => a.Findings is not null).Select(a => a.Findings!)),
        };
    }
}
