namespace ReadinessAction.Pipeline;

/// <summary>What the process exit code means: 0 gate passes, 1 gate fails, 2 not judged (or not fully published).</summary>
public static class ExitCodes
{
    public const int Pass = 0;
    public const int Fail = 1;
    public const int NotJudged = 2;
}
