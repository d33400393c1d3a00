using System.Diagnostics;
using System.Globalization;
using System.Xml;

using ReadinessAction.Benchmarks;
using ReadinessAction.Checklists;
using ReadinessAction.Claims;
using ReadinessAction.Diagnostics;
using ReadinessAction.Evidence;

// One measurement a process; prints "<CPU seconds> <what was found> (<wall seconds> wall)" so benchmarks/run.sh can
// compute rates and ratios. CPU time (all threads: reader, GC, JIT) rather than wall time, because the machines this
// runs on are shared: on a loaded 2-core box a process waits for a core longer than it computes.
//   read FILE        the product's reader for FILE (sniffed by content, as `readiness evidence` does)
//                    (BENCH_GC=1 also prints the GC heap, committed and live bytes after the read, to stderr)
//   xmlloop FILE     a bare XmlReader loop that only visits every node (DTDs prohibited, as the readers)
//   attrloop FILE    the bare loop that also reads every attribute's value (what any reader of attributes pays)
//   textloop FILE    a bare StreamReader.ReadLine loop (the floor for text formats such as LCOV)
//   jsonloop FILE    a bare Utf8JsonReader loop that only visits every token (the floor for JSON such as CTRF)
//   dom FILE         the DOM approach several peers take: XDocument.Load, then LINQ over the elements reading the
//                    attributes that carry the figures (for a .json file JsonNode.Parse, then a walk over every test);
//                    see Baselines.cs
//   parse FILE       Markdig parse of a checklist plus claim extraction
//   recognise DIR    the claim recogniser over every checklist of a claims corpus (DIR/checklists/*.md)
//   profile DIR      the same, split: parsing, then the seconds each recogniser takes (to stderr, slowest first)
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: ReadinessAction.Benchmarks read|xmlloop|attrloop|textloop|jsonloop|dom|parse|recognise|profile PATH");
    return 2;
}

var clock = Stopwatch.StartNew();
var cpu = Process.GetCurrentProcess().TotalProcessorTime;
var found = args[0] switch
{
    "read" => Read(args[1]),
    "xmlloop" => XmlLoop(args[1]),
    "textloop" => TextLoop(args[1]),
    "jsonloop" => Baselines.JsonLoop(args[1]),
    "attrloop" => AttributeLoop(args[1]),
    "dom" => Baselines.Dom(args[1]),
    "parse" => Parse(args[1]),
    "recognise" => Recognise(args[1]),
    "profile" => RecogniserProfile.Run(args[1], Console.Error),
    _ => throw new ArgumentException($"unknown mode {args[0]}"),
};
var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cpuSeconds:F3} {found} ({clock.Elapsed.TotalSeconds:F3} s wall)"));
return 0;

static string Read(string path)
{
    using var stream = File.OpenRead(path);
    var sniff = ArtifactSniffer.Sniff(stream, path);
    stream.Position = 0;
    var reader = ArtifactReaderRegistry.CreateDefault().Find(sniff) ?? throw new InvalidOperationException($"no reader for {path}");
    var evidence = reader.Read(stream, path, new DiagnosticBag()) ?? throw new InvalidOperationException($"{path} was not read");
    _ = evidence.Tests?.Totals;
    if (Environment.GetEnvironmentVariable("BENCH_GC") == "1")
    {
        // Where the memory goes: what the GC holds and has committed, and what stays live once garbage is collected.
        var info = GC.GetGCMemoryInfo();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"heap {info.HeapSizeBytes >> 20} MB, committed {info.TotalCommittedBytes >> 20} MB, fragmented {info.FragmentedBytes >> 20} MB, live after full GC {GC.GetTotalMemory(true) >> 20} MB, working set {Environment.WorkingSet >> 20} MB"));
        GC.KeepAlive(evidence);
    }
    return evidence.Tests is { } tests ? $"{reader.Format}: {tests.Totals.Total} tests"
        : evidence.Coverage is { } coverage ? $"{reader.Format}: {coverage.Totals.LinesValid} lines" : reader.Format;
}

static string XmlLoop(string path)
{
    using var xml = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true });
    long nodes = 0;
    while (xml.Read())
    {
        nodes++;
    }

    return $"{nodes} nodes";
}

static string AttributeLoop(string path)
{
    using var xml = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true });
    long length = 0;
    while (xml.Read())
    {
        for (var more = xml.MoveToFirstAttribute(); more; more = xml.MoveToNextAttribute())
        {
            length += xml.Value.Length;
        }
    }

    return $"{length} attribute characters";
}

static string TextLoop(string path)
{
    using var text = new StreamReader(path);
    long lines = 0;
    while (text.ReadLine() is not null)
    {
        lines++;
    }

    return $"{lines} lines";
}

static string Parse(string path)
{
    var document = ChecklistLoader.Parse(File.ReadAllBytes(path), Path.GetFileName(path), new DiagnosticBag())
        ?? throw new InvalidOperationException($"{path} was not parsed");
    return $"{ClaimExtractor.CreateDefault().Extract(document).Count} claims";
}

static string Recognise(string corpus)
{
    var claims = 0;
    foreach (var file in Directory.GetFiles(Path.Combine(corpus, "checklists"), "*.md"))
    {
        var document = ChecklistLoader.Parse(File.ReadAllBytes(file), Path.GetFileName(file), new DiagnosticBag());
        claims += document is null ? 0 : ClaimExtractor.CreateDefault().Extract(document).Count;
    }

    return $"{claims} claims";
}
