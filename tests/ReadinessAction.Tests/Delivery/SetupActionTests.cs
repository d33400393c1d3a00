using ReadinessAction.Tests.Support;

using YamlDotNet.RepresentationModel;

namespace ReadinessAction.Tests.Delivery;

/// <summary>setup/action.yml (the dotnet tool) must offer what action.yml (the container) offers, and pass it on.</summary>
public sealed class SetupActionTests
{
    private static readonly YamlMappingNode ContainerAction = Load("action.yml");
    private static readonly YamlMappingNode ToolAction = Load("setup", "action.yml");

    [Fact]
    public void Offers_every_input_of_the_container_action_with_the_same_default()
    {
        var container = Section(ContainerAction, "inputs");
        var tool = Section(ToolAction, "inputs");

        Assert.NotEmpty(container.Children);
        foreach (var (name, definition) in container.Children)
        {
            Assert.True(tool.Children.ContainsKey(name), $"setup/action.yml lacks the input {name}");
            Assert.Equal(Scalar(definition, "default"), Scalar(tool[name], "default"));
        }
    }

    [Fact]
    public void Passes_every_input_to_the_tool_as_the_runner_passes_it_to_a_container()
    {
        var environment = Section(RunStep(), "env");

        foreach (var (name, _) in Section(ContainerAction, "inputs").Children)
        {
            var variable = "INPUT_" + ((YamlScalarNode)name).Value!.ToUpperInvariant();
            Assert.True(environment.Children.ContainsKey(variable), $"the run step does not set {variable}");
            Assert.Equal($"${{{{ inputs.{name} }}}}", ((YamlScalarNode)environment[variable]).Value);
        }
    }

    [Fact]
    public void Exposes_every_output_of_the_container_action_from_the_run_step()
    {
        var tool = Section(ToolAction, "outputs");

        foreach (var (name, _) in Section(ContainerAction, "outputs").Children)
        {
            Assert.True(tool.Children.ContainsKey(name), $"setup/action.yml lacks the output {name}");
            Assert.Equal($"${{{{ steps.readiness.outputs.{name} }}}}", Scalar(tool[name], "value"));
        }
    }

    [Fact]
    public void Runs_the_action_command_of_the_installed_tool()
    {
        Assert.Equal("composite", Scalar(Section(ToolAction, "runs"), "using"));
        Assert.Contains("readiness\" action", Scalar(RunStep(), "run"), StringComparison.Ordinal);
    }

    private static YamlMappingNode RunStep() =>
        ((YamlSequenceNode)Section(ToolAction, "runs")["steps"]).Children.Cast<YamlMappingNode>()
            .Single(step => step.Children.TryGetValue("id", out var id) && ((YamlScalarNode)id).Value == "readiness");

    private static YamlMappingNode Load(params string[] path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine([RepositoryPaths.Root, .. path]));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Section(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node)[key];

    private static string? Scalar(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(key, out var value) ? ((YamlScalarNode)value).Value : null;
}
