namespace ReadinessAction.Claims.Tables;

/// <summary>
/// What a table column (or a row label of a metric table) holds. Declared from most to least specific: when a header
/// matches several roles ("Target Coverage", "Test Files", "Test Pass Rate"), the first one declared wins.
/// </summary>
public enum ColumnRole
{
    /// <summary>Business, people and production figures: never a claim (defects, uptime, ROI).</summary>
    NotAClaim,

    /// <summary>Target, goal, threshold, expected: a requirement, never a fact.</summary>
    Target,

    /// <summary>Figures computed from others or from the past: gap, delta, baseline, % of target.</summary>
    Derived,
    Weight,

    /// <summary>Planning and people: priority, effort, owner, date, sign-off.</summary>
    Plan,
    PassRate,
    Skipped,

    /// <summary>Tests that did not run for a reason no result file records: blocked, not run.</summary>
    NotRun,
    Coverage,

    /// <summary>Durations, latencies, throughput: other_metric.</summary>
    Performance,

    /// <summary>A row naming configured tooling ("Branch protection", "Sentry configured"): a "Yes" there is other_metric.</summary>
    Tooling,

    /// <summary>Counts of things that are not tests: files, lines, pages, suites, warnings.</summary>
    Artifact,

    /// <summary>Counts of checklist items or checks.</summary>
    Items,
    Failed,
    Passed,

    /// <summary>Score, progress, % complete.</summary>
    Completion,

    /// <summary>Numbers of tests.</summary>
    Tests,
    Status,

    /// <summary>The stated value of a metric table (Value, Current, Actual, Result): its kind comes from the row label.</summary>
    Value,

    /// <summary>Free text (notes, description, change): read by the line recognisers.</summary>
    Notes,

    /// <summary>The subject column when it holds repository paths (package, file, module).</summary>
    Path,

    /// <summary>The subject column: metric, name, component, category.</summary>
    Label,

    /// <summary>Not a column: a cell word saying done ("Complete", "完成").</summary>
    DoneWord,

    /// <summary>Not a column: a cell word saying yes ("Yes", "Full", "Enabled").</summary>
    YesWord,

    /// <summary>Not a column: a row label saying the row sums the others ("TOTAL", "合計").</summary>
    TotalWord,
}
