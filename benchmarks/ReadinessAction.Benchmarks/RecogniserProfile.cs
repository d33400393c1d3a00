using System.Diagnostics;
using System.Globalization;

using ReadinessAction.Checklists;
using ReadinessAction.Claims;
using ReadinessAction.Claims.Lines;
using ReadinessAction.Diagnostics;

namespace ReadinessAction.Benchmarks;

/// <summary>Where the recogniser's time goes over a claims corpus: parsing, then each recogniser, slowest first.</summary>
internal static class RecogniserProfile
{
    public static string Run(string corpus, TextWriter report)
    {
        var parse = Stopwatch.StartNew();
        var documents = Directory.GetFiles(Path.Combine(corpus, "checklists"), "*.md")
            .Select(file => ChecklistLoader.Parse(File.ReadAllBytes(file), Path.GetFileName(file), new DiagnosticBag()))
            .OfType<ChecklistDocument>()
            .ToList();
        parse.Stop();

        var timed = ClaimExtractor.CreateDefault().Recognizers.Select(r => new TimedRecognizer(r)).ToList();
        var extractor = new ClaimExtractor(timed);
        var extract = Stopwatch.StartNew();
        var claims = documents.Sum(d => extractor.Extract(d).Count);
        extract.Stop();

        report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"parse {parse.Elapsed.TotalSeconds:F3} s, extract {extract.Elapsed.TotalSeconds:F3} s"));
        foreach (var r in timed.OrderByDescending(r => r.Elapsed))
        {
            report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {r.Elapsed.TotalSeconds,7:F3} s  {r.Name}"));
        }

        var sources = documents.SelectMany(ClaimSourceCollector.Collect).ToList();
        var names = typeof(LineTerms).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("terms.", StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
            .Select(n => n["terms.".Length..^".txt".Length]);
        foreach (var name in names)
        {
            var terms = LineTerms.Of(name);
            var clock = Stopwatch.StartNew();
            var hits = sources.Count(s => terms.IsMatch(s.Text));
            report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  term list {name,-20} over {sources.Count} lines: {clock.Elapsed.TotalSeconds:F3} s ({hits} match)"));
        }

        return $"{claims} claims";
    }

    private sealed class TimedRecognizer(IClaimRecognizer inner) : IClaimRecognizer
    {
        private readonly Stopwatch _clock = new();

        public string Name => inner.GetType().Name;

        public TimeSpan Elapsed => _clock.Elapsed;

        public void Recognize(ClaimCollector collector)
        {
            _clock.Start();
            inner.Recognize(collector);
            _clock.Stop();
        }
    }
}
