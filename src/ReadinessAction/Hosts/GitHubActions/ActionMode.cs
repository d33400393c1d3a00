namespace ReadinessAction.Hosts.GitHubActions;

/// <summary>What the action does with the GitHub API (input <c>mode</c>).</summary>
public enum ActionMode
{
    /// <summary>Judge, then publish what the event allows: comment and status on pull requests, status on pushes.</summary>
    Auto,

    /// <summary>Judge and write the report and summary; no API call at all (fork pull requests).</summary>
    ReportOnly,

    /// <summary>No judging: publish the report an earlier run wrote (the workflow_run half of the fork recipe).</summary>
    Publish,
}
