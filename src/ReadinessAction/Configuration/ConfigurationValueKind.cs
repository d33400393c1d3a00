namespace ReadinessAction.Configuration;

/// <summary>What a configuration key holds: a section of further keys, or a value of one kind.</summary>
internal enum ConfigurationValueKind
{
    /// <summary>Fixed child keys (tolerance, gate).</summary>
    Section,

    /// <summary>Free-form child names, each a section of the same shape (scopes, gate branches).</summary>
    Map,
    GlobList,
    StatusList,
    Number,

    /// <summary>true/false (also yes/no, on/off, 1/0), stored as true or false.</summary>
    Boolean,
    Text,

    /// <summary>A list of waivers (mappings of path, line or text, reason); only in the configuration file.</summary>
    WaiverList,
}
