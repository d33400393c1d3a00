namespace ReadinessAction.Verification;

/// <summary>What a verdict rests on (the JSON field <c>basis</c>): a reader trusts a CI artifact more than the document's own arithmetic.</summary>
public enum VerdictBasis
{
    /// <summary>Nothing: the claim is unverifiable.</summary>
    None,

    /// <summary>CI artifacts: coverage reports, test results, findings reports.</summary>
    Evidence,

    /// <summary>Files in the repository: a path that exists, a tool's configuration file.</summary>
    Repository,

    /// <summary>The checklist itself: a total against the sum of its parts, a percentage against the items checked.</summary>
    Document,
}
