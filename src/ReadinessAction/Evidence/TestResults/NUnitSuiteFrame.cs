namespace ReadinessAction.Evidence.TestResults;

/// <summary>An open NUnit <c>test-suite</c>: its type and name, and the categories its cases inherit.</summary>
internal sealed class NUnitSuiteFrame
{
    public NUnitSuiteFrame(string type, string name, NUnitSuiteFrame? parent)
    {
        Type = type;
        Name = name;
        Parent = parent;
    }

    public string Type { get; }

    public string Name { get; }

    public NUnitSuiteFrame? Parent { get; }

    public List<string> Categories { get; } = [];

    private string? _assemblyName;

    /// <summary>The assembly the case belongs to (file name only), else the outermost suite's name.</summary>
    public string AssemblyName => _assemblyName ??= FindAssemblyName();

    /// <summary>The class name a reader found for the cases of this suite, kept so that it is found once per suite.</summary>
    public string? ClassNameOfCases { get; set; }

    private string FindAssemblyName()
    {
        var frame = this;
        while (frame.Type != "Assembly" && frame.Parent is not null)
        {
            frame = frame.Parent;
        }

        return Path.GetFileName(frame.Name.Replace('\\', '/'));
    }

    public IReadOnlyList<string> InheritedCategories(List<string>? own)
    {
        List<string>? all = own;
        for (var frame = this; frame is not null; frame = frame.Parent)
        {
            if (frame.Categories.Count > 0)
            {
                (all ??= []).AddRange(frame.Categories);
            }
        }

        return all is null ? [] : all.Distinct(StringComparer.Ordinal).ToList();
    }
}
