namespace ReadinessAction.Evidence.Settings;

/// <summary>
/// What one configuration file says about a setting, its <c>extends</c> chain followed. Pure data.
/// </summary>
/// <param name="Value">The JSON value as written (<c>true</c>), or null when no file of the chain sets it.</param>
/// <param name="From">The file of the chain that set the value (the file itself or a base it extends).</param>
/// <param name="Problem">Why the value could not be determined (a base outside the workspace, invalid JSON), or null.</param>
public sealed record SettingFact(Setting Setting, string Path, string? Value, string? From, string? Problem)
{
    public bool IsOn => Problem is null && string.Equals(Value, Setting.OnValue, StringComparison.OrdinalIgnoreCase);
}
