namespace ReadinessAction.Hosts.Http;

/// <summary>Replaces known secrets with <c>***</c> in any text that may reach a log, a comment or an exception.</summary>
public sealed class SecretScrubber
{
    private readonly string[] _secrets;

    public SecretScrubber(params IEnumerable<string?> secrets)
    {
        // Short values would mask ordinary words; GitHub tokens are 40+ characters.
        _secrets = [.. secrets.OfType<string>().Where(s => s.Length >= 4).Distinct().OrderByDescending(s => s.Length)];
    }

    public string Scrub(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, "***", StringComparison.Ordinal);
        }

        return text;
    }
}
