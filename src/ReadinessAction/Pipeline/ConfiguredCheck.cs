using ReadinessAction.Configuration;
using ReadinessAction.Diagnostics;
using ReadinessAction.Reporting;

namespace ReadinessAction.Pipeline;

/// <summary>
/// Loads the options, then judges. A usage error on the way (the configuration file, an input, a variable, a glob)
/// becomes a not-judged outcome whose reason is the error's message and whose error diagnostic names the file and
/// line, so a host still reports why.
/// </summary>
public static class ConfiguredCheck
{
    public const string DiagnosticCode = "configuration-invalid";

    public static CheckOutcome Run(Func<ReadinessOptions> load, Func<ReadinessOptions, CheckOutcome> judge)
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(judge);
        try
        {
            return judge(load());
        }
        catch (ReadinessUsageException e)
        {
            return CheckOutcome.For(NotJudged(e));
        }
    }

    public static ReadinessReport NotJudged(ReadinessUsageException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var at = error.Path is null ? null : error.Line is { } line ? $"{error.Path}:{line}: " : $"{error.Path}: ";
        var message = at is not null && error.Message.StartsWith(at, StringComparison.Ordinal) ? error.Message[at.Length..] : error.Message;
        var diagnostic = new Diagnostic(DiagnosticSeverity.Error, DiagnosticCode, message, error.Path, error.Line);
        return ReportBuilder.NotJudged(
            NotJudgedReasons.ConfigurationInvalid,
            error.Message,
            null,
            [],
            [diagnostic]);
    }
}
