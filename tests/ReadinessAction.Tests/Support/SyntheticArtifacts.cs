using System.Globalization;
using System.Text;

namespace ReadinessAction.Tests.Support;

/// <summary>Small, exact artifacts written by tests: a JUnit file with N tests, a Cobertura file with chosen line counts.</summary>
internal static class SyntheticArtifacts
{
    public static string JUnit(int passed, int failed = 0, int skipped = 0, string suite = "suite")
    {
        var xml = new StringBuilder();
        xml.Append(CultureInfo.InvariantCulture, $"<testsuites><testsuite name=\"{suite}\" tests=\"{passed + failed + skipped}\">");
        for (var i = 0; i < passed + failed + skipped; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<testcase classname=\"{suite}.Cases\" name=\"test_{i}\" time=\"0.01\">");
            if (i >= passed && i < passed + failed)
            {
                xml.Append("<failure message=\"boom\"/>");
            }
            else if (i >= passed + failed)
            {
                xml.Append("<skipped/>");
            }

            xml.Append("</testcase>");
        }

        return xml.Append("</testsuite></testsuites>").ToString();
    }

    /// <param name="files">Per file: its path and how many of its lines are covered out of how many.</param>
    public static string Cobertura(params (string Path, int Covered, int Valid)[] files)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\"?><coverage line-rate=\"0\" branch-rate=\"0\" version=\"1\" timestamp=\"0\"><sources><source>.</source></sources><packages><package name=\"p\"><classes>");
        foreach (var (path, covered, valid) in files)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<class name=\"{path}\" filename=\"{path}\"><lines>");
            for (var line = 1; line <= valid; line++)
            {
                xml.Append(CultureInfo.InvariantCulture, $"<line number=\"{line}\" hits=\"{(line <= covered ? 1 : 0)}\"/>");
            }

            xml.Append("</lines></class>");
        }

        return xml.Append("</classes></package></packages></coverage>").ToString();
    }
}
