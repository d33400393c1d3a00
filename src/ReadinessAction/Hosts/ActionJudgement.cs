using ReadinessAction.Configuration;
using ReadinessAction.Hosts.GitHubActions;
using ReadinessAction.Pipeline;
using ReadinessAction.Reporting;

namespace ReadinessAction.Hosts;

/// <summary>
/// The judgement of a CI run from the step's inputs: configuration layered from the file, the environment and the
/// inputs, then the check. The same for every host; only the workspace and the gate's branch differ.
/// </summary>
internal static class ActionJudgement
{
    public static CheckOutcome Run(ActionInputs inputs, string workspace, string? baseBranch, ActionRunnerServices services)
    {
        var outcome = ConfiguredCheck.Run(() => Options(inputs, workspace, baseBranch, services.Environment), services.Judge);
        if (outcome.Report.NotJudgedReason == NotJudgedReasons.ConfigurationInvalid)
        {
            services.Stderr.WriteLine($"error: {outcome.Report.Gate.Reason}");
        }

        return outcome;
    }

    private static ReadinessOptions Options(ActionInputs inputs, string workspace, string? baseBranch, IReadOnlyDictionary<string, string?> environment) =>
        ReadinessConfigLoader.Load(new ConfigurationRequest(workspace)
        {
            ConfigFile = inputs.Config is null ? null : Path.GetFullPath(inputs.Config, workspace),
            Environment = environment,
            Inputs = new Dictionary<string, string?>
            {
                ["checklists"] = inputs.Checklists,
                ["coverage"] = inputs.Coverage,
                ["test_results"] = inputs.TestResults,
                ["findings"] = inputs.Findings,
                ["base_branch"] = inputs.BaseBranch ?? baseBranch,
                ["gate:fail_on"] = inputs.FailOn,
            },
        });
}
