namespace ReadinessAction.Checklists;

/// <summary>The upper half of Mac OS Roman, the code page that turns UTF-8 "✅" into "‚úÖ".</summary>
internal static class MacRoman
{
    private const string High =
        "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü" +
        "†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø" +
        "¿¡¬√ƒ≈∆«»…\u00A0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ" +
        "‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uF8FFÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ";

    private static readonly Dictionary<char, byte> Reverse = High
        .Select((c, i) => (c, b: (byte)(0x80 + i)))
        .ToDictionary(p => p.c, p => p.b);

    public static bool TryEncode(char c, out byte b) => Reverse.TryGetValue(c, out b);
}
