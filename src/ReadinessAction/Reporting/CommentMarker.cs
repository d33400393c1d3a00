namespace ReadinessAction.Reporting;

/// <summary>The hidden line that lets the action find its own sticky comment again, one per status context.</summary>
public static class CommentMarker
{
    public static string For(string statusContext) => $"<!-- readiness-action:{statusContext} -->";
}
