using System.Collections.Generic;

namespace M3oE.Dsl.Data.FeatureMaps;

/// <summary>The JSON form of a feature map.</summary>
internal sealed class FeatureMapDocument
{
    public string Format { get; set; } = FeatureMapJson.FormatName;

    public int Version { get; set; }

    public string SchemaHash { get; set; } = string.Empty;

    public long TrainingRows { get; set; }

    public List<FeatureEntry> Features { get; set; } = [];

    public string Domain { get; set; } = string.Empty;

    public List<string> DomainColumns { get; set; } = [];

    public List<string> Tasks { get; set; } = [];

    public string? Group { get; set; }
}
