using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;

namespace ReadinessAction.Benchmarks;

/// <summary>
/// What the product's readers are compared with. The DOM approach is what peers written over XDocument do, for
/// example ReportGenerator's Cobertura parser (`int.Parse(line.Attribute("number").Value)`, `line.Attribute("hits")`):
/// load the whole document, then walk its elements with LINQ and read the attributes that carry the figures. Each
/// format's walk reads what our reader reads from it (lines and their hits, tests with their outcome and duration),
/// so the ratio compares two ways of getting the same figures, not loading a tree against reading it.
/// </summary>
internal static class Baselines
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Dom(string path)
    {
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return CtrfDom(path);
        }

        var root = XDocument.Load(path).Root ?? throw new InvalidOperationException($"{path} has no root element");
        return root.Name.LocalName switch
        {
            "coverage" when root.Attribute("clover") is not null => CloverDom(root),
            "coverage" => CoberturaDom(root),
            "report" => JaCoCoDom(root),
            "CoverageSession" => OpenCoverDom(root),
            "testsuites" or "testsuite" => JUnitDom(root),
            "TestRun" => TrxDom(root),
            "test-run" => AttributeOutcomeDom(root, "test-case", ["fullname", "classname"], "duration", "result", "Failed"),
            "assemblies" => AttributeOutcomeDom(root, "test", ["name", "type"], "time", "result", "Fail"),
            var other => throw new InvalidOperationException($"no DOM baseline for <{other}>"),
        };
    }

    /// <summary>A Utf8JsonReader loop that only visits every token: the floor for a JSON reader, as the bare XmlReader loop is for XML.</summary>
    public static string JsonLoop(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[64 * 1024];
        var state = default(JsonReaderState);
        var length = 0;
        long tokens = 0;
        while (true)
        {
            var read = stream.Read(buffer, length, buffer.Length - length);
            length += read;
            var final = read == 0;
            var json = new Utf8JsonReader(buffer.AsSpan(0, length), final, state);
            while (json.Read())
            {
                tokens++;
            }

            if (final)
            {
                return $"{tokens} tokens";
            }

            state = json.CurrentState;
            var consumed = (int)json.BytesConsumed;
            buffer.AsSpan(consumed, length - consumed).CopyTo(buffer);
            length -= consumed;
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }
        }
    }

    private static string CoberturaDom(XElement root)
    {
        long valid = 0, covered = 0, branches = 0;
        foreach (var type in root.Descendants("class"))
        {
            _ = type.Attribute("filename")?.Value;
            foreach (var line in type.Elements("lines").Elements("line"))
            {
                _ = int.Parse(line.Attribute("number")!.Value, Invariant);
                valid++;
                covered += long.Parse(line.Attribute("hits")!.Value, Invariant) > 0 ? 1 : 0;
                if (line.Attribute("condition-coverage")?.Value is { } condition)
                {
                    var open = condition.IndexOf('(', StringComparison.Ordinal);
                    var slash = condition.IndexOf('/', StringComparison.Ordinal);
                    branches += int.Parse(condition.AsSpan(slash + 1, condition.Length - slash - 2), Invariant);
                    _ = int.Parse(condition.AsSpan(open + 1, slash - open - 1), Invariant);
                }
            }
        }

        return $"{covered}/{valid} lines, {branches} branches";
    }

    private static string JaCoCoDom(XElement root) => FileLinesDom(root, "sourcefile", line =>
    {
        foreach (var name in (string[])["nr", "mi", "mb", "cb"])
        {
            _ = int.Parse(line.Attribute(name)!.Value, Invariant);
        }

        return int.Parse(line.Attribute("ci")!.Value, Invariant);
    });

    private static string CloverDom(XElement root) => FileLinesDom(root, "file", line =>
    {
        _ = int.Parse(line.Attribute("num")!.Value, Invariant);
        return line.Attribute("type")?.Value == "cond"
            ? int.Parse(line.Attribute("truecount")!.Value, Invariant) + int.Parse(line.Attribute("falsecount")!.Value, Invariant)
            : int.Parse(line.Attribute("count")!.Value, Invariant);
    });

    /// <summary>JaCoCo's and Clover's shape: files named by an attribute, each holding its &lt;line&gt; elements.</summary>
    private static string FileLinesDom(XElement root, string fileElement, Func<XElement, int> hitsOf)
    {
        long valid = 0, covered = 0;
        foreach (var file in root.Descendants(fileElement))
        {
            _ = file.Attribute("name")?.Value;
            foreach (var line in file.Elements("line"))
            {
                valid++;
                covered += hitsOf(line) > 0 ? 1 : 0;
            }
        }

        return $"{covered}/{valid} lines";
    }

    private static string OpenCoverDom(XElement root)
    {
        var files = root.Descendants("File").ToDictionary(f => f.Attribute("uid")!.Value, f => f.Attribute("fullPath")!.Value);
        long valid = 0, covered = 0;
        foreach (var point in root.Descendants("SequencePoint"))
        {
            _ = files.GetValueOrDefault(point.Attribute("fileid")?.Value ?? string.Empty);
            _ = int.Parse(point.Attribute("sl")!.Value, Invariant);
            valid++;
            covered += int.Parse(point.Attribute("vc")!.Value, Invariant) > 0 ? 1 : 0;
        }

        var branches = root.Descendants("BranchPoint").Count(b => int.Parse(b.Attribute("vc")!.Value, Invariant) > 0);
        return $"{covered}/{valid} sequence points, {branches} branches visited";
    }

    private static string JUnitDom(XElement root)
    {
        int total = 0, failed = 0, skipped = 0;
        var seconds = 0.0;
        foreach (var test in root.Descendants("testcase"))
        {
            _ = test.Attribute("classname")?.Value;
            _ = test.Attribute("name")?.Value;
            seconds += double.Parse(test.Attribute("time")?.Value ?? "0", Invariant);
            total++;
            failed += test.Element("failure") is not null || test.Element("error") is not null ? 1 : 0;
            skipped += test.Element("skipped") is not null ? 1 : 0;
        }

        return $"{total} tests, {failed} failed, {skipped} skipped, {seconds:F0} s";
    }

    private static string TrxDom(XElement root)
    {
        XNamespace ns = root.Name.Namespace;
        var classes = root.Descendants(ns + "UnitTest").ToDictionary(
            t => t.Attribute("id")!.Value, t => t.Element(ns + "TestMethod")?.Attribute("className")?.Value);
        int total = 0, failed = 0;
        var duration = TimeSpan.Zero;
        foreach (var result in root.Descendants(ns + "UnitTestResult"))
        {
            _ = classes.GetValueOrDefault(result.Attribute("testId")!.Value);
            _ = result.Attribute("testName")?.Value;
            duration += TimeSpan.Parse(result.Attribute("duration")?.Value ?? "00:00:00", Invariant);
            total++;
            failed += result.Attribute("outcome")?.Value == "Failed" ? 1 : 0;
        }

        return $"{total} tests, {failed} failed, {duration.TotalSeconds:F0} s";
    }

    /// <summary>NUnit's test-case and xUnit's test: one element per test, its outcome in an attribute.</summary>
    private static string AttributeOutcomeDom(XElement root, string element, string[] names, string seconds, string result, string failed)
    {
        int total = 0, failures = 0;
        var duration = 0.0;
        foreach (var test in root.Descendants(element))
        {
            foreach (var name in names)
            {
                _ = test.Attribute(name)?.Value;
            }

            duration += double.Parse(test.Attribute(seconds)?.Value ?? "0", Invariant);
            total++;
            failures += test.Attribute(result)?.Value == failed ? 1 : 0;
        }

        return $"{total} tests, {failures} failed, {duration:F0} s";
    }

    private static string CtrfDom(string path)
    {
        using var json = File.OpenRead(path);
        var tests = JsonNode.Parse(json)?["results"]?["tests"]?.AsArray() ?? [];
        int total = 0, failed = 0;
        var milliseconds = 0.0;
        foreach (var test in tests)
        {
            _ = (string?)test?["name"];
            milliseconds += (double?)test?["duration"] ?? 0;
            total++;
            failed += (string?)test?["status"] == "failed" ? 1 : 0;
        }

        return $"{total} tests, {failed} failed, {milliseconds / 1000:F0} s";
    }
}
