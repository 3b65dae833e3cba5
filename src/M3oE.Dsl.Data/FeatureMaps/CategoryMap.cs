using System;

namespace M3oE.Dsl.Data.FeatureMaps;

/// <summary>Maps the text of a categorical value to an id in 0..<see cref="Cardinality"/>-1; 0 is out of
/// vocabulary.</summary>
public abstract class CategoryMap
{
    /// <summary>The number of ids, including the out-of-vocabulary id 0: the embedding table size.</summary>
    public abstract long Cardinality { get; }

    /// <summary>The id of a value.</summary>
    public abstract long Id(ReadOnlySpan<char> value);
}
