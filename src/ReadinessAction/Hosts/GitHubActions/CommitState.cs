namespace ReadinessAction.Hosts.GitHubActions;

public enum CommitState
{
    Pending,
    Success,
    Failure,
    Error,
}
