namespace ReadinessAction.Evidence.TestResults.GoTest;

/// <summary>The tests and packages of a test2json stream, as its events arrive.</summary>
internal sealed class GoTestRun
{
    private readonly Dictionary<(string Package, string Test), (TestOutcome? Outcome, double? Elapsed)> _tests = [];
    private readonly List<(string Package, string Test)> _order = [];
    private readonly HashSet<string> _failedPackages = new(StringComparer.Ordinal);
    private readonly StringPool _pool = new();

    public void Apply(GoTestEvent? e)
    {
        if (e?.Action is not { } action)
        {
            return;
        }

        var package = _pool.Share(e.Package);
        if (string.IsNullOrEmpty(e.Test))
        {
            if (action is "fail" or "build-fail")
            {
                _failedPackages.Add(package);
            }

            return;
        }

        var key = (package, e.Test);
        if (!_tests.TryGetValue(key, out var seen))
        {
            _order.Add(key);
        }

        _tests[key] = action switch
        {
            "pass" => (TestOutcome.Passed, e.Elapsed),
            "fail" => (TestOutcome.Failed, e.Elapsed),
            "skip" => (TestOutcome.Skipped, e.Elapsed),
            _ => seen,
        };
    }

    public List<TestCaseResult> Cases()
    {
        var cases = _order
            .Select(key => (Key: key, Result: _tests[key]))
            .Select(t => new TestCaseResult(t.Key.Package, t.Key.Package, t.Key.Test, t.Result.Outcome ?? TestOutcome.Error, t.Result.Elapsed, []))
            .ToList();
        var packagesWithFailures = cases
            .Where(c => c.Outcome is TestOutcome.Failed or TestOutcome.Error)
            .Select(c => c.Suite)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var package in _failedPackages.Where(p => !packagesWithFailures.Contains(p)).Order(StringComparer.Ordinal))
        {
            cases.Add(new TestCaseResult(package, package, "(package failed)", TestOutcome.Error, null, []));
        }

        return cases;
    }
}
