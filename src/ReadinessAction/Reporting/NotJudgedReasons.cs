namespace ReadinessAction.Reporting;

/// <summary>Why a report is <see cref="ReportVerdicts.NotJudged"/> (the JSON field <c>notJudgedReason</c>).</summary>
public static class NotJudgedReasons
{
    /// <summary>No file matched the checklist globs.</summary>
    public const string NoChecklist = "no-checklist";

    /// <summary>Checklists were found, but none could be read (binary, too large, unreadable).</summary>
    public const string NoReadableChecklist = "no-readable-checklist";

    /// <summary>The configuration file, an input, a variable or an option was invalid.</summary>
    public const string ConfigurationInvalid = "configuration-invalid";
}
