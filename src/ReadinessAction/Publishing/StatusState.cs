namespace ReadinessAction.Publishing;

/// <summary>The state of the status a review system shows for the gate; a run always ends in a final one.</summary>
public enum StatusState
{
    Pending,
    Success,
    Failure,
    Error,
}
