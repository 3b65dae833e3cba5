using System.Collections.Generic;

namespace M3oE.Dsl.Data.FeatureMaps;

/// <summary>The JSON form of one feature of a feature map.</summary>
internal sealed class FeatureEntry
{
    public string Name { get; set; } = string.Empty;

    public string Column { get; set; } = string.Empty;

    /// <summary>The feature's canonical definition; loading compares it with the schema's.</summary>
    public string Definition { get; set; } = string.Empty;

    public List<string>? Vocabulary { get; set; }

    public long? Size { get; set; }

    public DenseStatistics? Statistics { get; set; }

    public List<double>? Boundaries { get; set; }
}
