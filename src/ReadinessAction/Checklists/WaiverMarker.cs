namespace ReadinessAction.Checklists;

/// <summary>
/// An inline <c>&lt;!-- readiness: ignore --&gt;</c>: on a line it waives that line's claims; alone directly under a
/// heading it waives the heading's whole section (<see cref="FromLine"/> to <see cref="ToLine"/>).
/// </summary>
/// <param name="Line">Where the marker is written.</param>
/// <param name="Reason">The words after "ignore" (<c>&lt;!-- readiness: ignore: measured in production --&gt;</c>), or null.</param>
/// <param name="Section">The heading whose section it waives, or null for a marker on a line.</param>
public sealed record WaiverMarker(int Line, int FromLine, int ToLine, string? Reason, string? Section)
{
    public bool Covers(int line) => line >= FromLine && line <= ToLine;
}
