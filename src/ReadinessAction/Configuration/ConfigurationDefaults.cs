using System.Globalization;

using ReadinessAction.Verification;

namespace ReadinessAction.Configuration;

/// <summary>The lowest layer: the built-in defaults of <see cref="ReadinessOptions"/>, as configuration keys.</summary>
internal static class ConfigurationDefaults
{
    public static ConfigurationLayer Layer()
    {
        var defaults = new ReadinessOptions();
        var layer = new ConfigurationLayer();
        layer.SetList(["checklists"], defaults.Checklists);
        layer.SetList(["coverage"], defaults.Coverage);
        layer.SetList(["test_results"], defaults.TestResults);
        layer.SetList(["findings"], defaults.Findings);
        layer.SetValue(["tolerance", "coverage_points"], defaults.Policy.CoveragePoints.ToString("R", CultureInfo.InvariantCulture));
        layer.SetValue(["tolerance", "completion_points"], defaults.Policy.CompletionPoints.ToString("R", CultureInfo.InvariantCulture));
        layer.SetValue(["tolerance", "flaky_passes"], defaults.Policy.FlakyPasses ? "true" : "false");
        layer.SetList(["gate", "fail_on"], [.. defaults.Gate.FailOn.Select(StatusNames.Of)]);
        return layer;
    }
}
