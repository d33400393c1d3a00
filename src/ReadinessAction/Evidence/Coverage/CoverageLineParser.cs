namespace ReadinessAction.Evidence.Coverage;

/// <summary>The state of one read of a line-oriented report; a new one per file, so readers stay stateless.</summary>
public abstract class CoverageLineParser
{
    protected CoverageLineParser(CoverageReadContext context)
    {
        Context = context;
    }

    protected CoverageReadContext Context { get; }

    /// <param name="line">The line, trimmed.</param>
    /// <param name="number">Its 1-based line number, for diagnostics.</param>
    public abstract void ReadLine(ReadOnlySpan<char> line, int number);

    public virtual void Finish(int lastLine)
    {
    }
}
