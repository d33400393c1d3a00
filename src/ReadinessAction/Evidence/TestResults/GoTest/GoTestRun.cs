using System.Text.RegularExpressions;

namespace ReadinessAction.Evidence.TestResults.GoTest;

/// <summary>
/// The tests and packages of a test2json stream, as its events arrive. A test that ends more than once ran more than
/// once (<c>-count=N</c>, <c>gotestsum --rerun-fails</c>): each end is a run, and failed runs before a last, passed run
/// are a flaky test's failed attempts.
/// </summary>
internal sealed partial class GoTestRun
{
    private readonly Dictionary<(string Package, string Test), TestRuns> _tests = [];
    private readonly List<(string Package, string Test)> _order = [];
    private readonly Dictionary<string, bool> _failedPackages = new(StringComparer.Ordinal);
    public const string PackageFailed = "(package failed)";
    public const string BuildFailed = "(build failed)";

    private readonly List<(string Package, string Test)> _benchmarks = [];
    private readonly StringPool _pool = new();

    // BenchmarkName[/sub]-GOMAXPROCS, the iteration count, then the time per operation.
    [GeneratedRegex(@"^(?<name>Benchmark\S*?)(?:-\d+)?\s+\d+\s+[\d.]+ ns/op", RegexOptions.CultureInvariant)]
    private static partial Regex BenchmarkResult();

    public void Apply(GoTestEvent? e)
    {
        if (e?.Action is not { } action)
        {
            return;
        }

        var package = _pool.Share(e.Package);
        if (string.IsNullOrEmpty(e.Test))
        {
            // build-output and build-fail events (Go 1.24+) name an ImportPath, not a package: the package's own fail
            // event follows, with FailedBuild set, so a build failure is counted once.
            if (action is "fail" or "build-fail" && package.Length > 0)
            {
                _failedPackages[package] = _failedPackages.GetValueOrDefault(package) || !string.IsNullOrEmpty(e.FailedBuild);
            }

            return;
        }

        var key = (package, e.Test);
        if (!_tests.TryGetValue(key, out var runs))
        {
            _tests[key] = runs = new TestRuns();
            _order.Add(key);
        }

        runs.Apply(action, e.Elapsed);
    }

    /// <summary>A benchmark's result line; it counts as a passed test unless the benchmark has events of its own.</summary>
    public void ApplyOutput(GoTestOutput? output)
    {
        if (output?.Output is not { } text || BenchmarkResult().Match(text) is not { Success: true } match)
        {
            return;
        }

        var key = (_pool.Share(output.Package), match.Groups["name"].Value);
        if (!_tests.ContainsKey(key))
        {
            _benchmarks.Add(key);
        }
    }

    public List<TestCaseResult> Cases()
    {
        foreach (var key in _benchmarks.Where(key => !_tests.ContainsKey(key)).Distinct())
        {
            _tests[key] = TestRuns.Passed();
            _order.Add(key);
        }


        var cases = _order
            .SelectMany(key => _tests[key].Ended().Select(run => new TestCaseResult(key.Package, key.Package, key.Test, run.Outcome, run.Elapsed, [], run.Flaky)))
            .ToList();
        var packagesWithFailures = cases
            .Where(c => c.Outcome is TestOutcome.Failed or TestOutcome.Error)
            .Select(c => c.Suite)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (package, buildFailed) in _failedPackages.Where(p => !packagesWithFailures.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            cases.Add(new TestCaseResult(package, package, buildFailed ? BuildFailed : PackageFailed, TestOutcome.Error, null, []));
        }

        return cases;
    }

    private sealed class TestRuns
    {
        private readonly List<(TestOutcome Outcome, double? Elapsed)> _ended = [];
        private int _open;

        public static TestRuns Passed()
        {
            var runs = new TestRuns();
            runs.Apply("pass", null);
            return runs;
        }

        public void Apply(string action, double? elapsed)
        {
            switch (action)
            {
                case "run":
                    _open++;
                    break;
                case "pass" or "fail" or "skip":
                    _ended.Add((action switch { "pass" => TestOutcome.Passed, "fail" => TestOutcome.Failed, _ => TestOutcome.Skipped }, elapsed));
                    _open = Math.Max(0, _open - 1);
                    break;
            }
        }

        /// <summary>Every ended run; a run that started and never ended (a panic, a timeout) is an error.</summary>
        public IEnumerable<(TestOutcome Outcome, double? Elapsed, bool Flaky)> Ended()
        {
            var passedLast = _open == 0 && _ended.Count > 0 && _ended[^1].Outcome == TestOutcome.Passed;
            foreach (var (outcome, elapsed) in _ended)
            {
                yield return (outcome, elapsed, passedLast && outcome == TestOutcome.Failed);
            }

            if (_open > 0 || _ended.Count == 0)
            {
                yield return (TestOutcome.Error, null, false);
            }
        }
    }
}
