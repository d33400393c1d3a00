using static ReadinessAction.Configuration.ConfigurationNode;

namespace ReadinessAction.Configuration;

/// <summary>Every key the configuration knows; file, environment, inputs and command line are all checked against it.</summary>
internal static class ConfigurationSchema
{
    public const string BranchGlob = "branch glob";

    public static ConfigurationNode Root { get; } = Section(
        ("checklists", Value(ConfigurationValueKind.GlobList)),
        ("coverage", Value(ConfigurationValueKind.GlobList)),
        ("test_results", Value(ConfigurationValueKind.GlobList)),
        ("findings", Value(ConfigurationValueKind.GlobList)),
        ("base_branch", Value(ConfigurationValueKind.Text, allowedInFile: false)),
        ("scopes", Map("scope name", Section(
            ("paths", Value(ConfigurationValueKind.GlobList)),
            ("tests", Value(ConfigurationValueKind.GlobList))))),
        ("tolerance", Section(
            ("coverage_points", Value(ConfigurationValueKind.Number)),
            ("completion_points", Value(ConfigurationValueKind.Number)),
            ("flaky_passes", Value(ConfigurationValueKind.Boolean)))),
        ("gate", Section(
            ("fail_on", Value(ConfigurationValueKind.StatusList)),
            ("branches", Map(BranchGlob, Section(("fail_on", Value(ConfigurationValueKind.StatusList))))))),
        ("ignore", Value(ConfigurationValueKind.WaiverList)));

    /// <summary>Joins configuration path segments the way messages show them: <c>gate.fail_on</c>.</summary>
    public static string Display(IEnumerable<string> path) => string.Join('.', path);
}
