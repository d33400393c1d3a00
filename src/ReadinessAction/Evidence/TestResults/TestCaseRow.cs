namespace ReadinessAction.Evidence.TestResults;

/// <summary>One case in a <see cref="TestCaseTable"/>, 16 bytes: its (suite, class) pair, the place of its name, its result.</summary>
internal struct TestCaseRow
{
    public int Owners;
    public int NamePosition;

    /// <summary>Tenths of a millisecond, as <see cref="TestCaseResult"/> keeps it.</summary>
    public uint Duration;
    public TestOutcome Outcome;
    public bool Flaky;
    public bool HasCategories;

    /// <summary>The name is kept as a string (it is not valid UTF-16, so it has no UTF-8 form).</summary>
    public bool NameIsString;
}
