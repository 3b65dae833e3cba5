namespace M3oE.Dsl.Runtime.Modules;

/// <summary>A multi-valued feature: one tensor of <see cref="Data.Batch.Sequences"/>, padded with -1.</summary>
/// <param name="Name">The feature name.</param>
/// <param name="Cardinality">The number of ids, including the out-of-vocabulary id 0.</param>
/// <param name="Dimension">The embedding width.</param>
/// <param name="Pooling">How the embeddings of a row's values are reduced.</param>
/// <param name="Table">The embedding table; features naming the same table share it. Null means a table of
/// the feature's own.</param>
public sealed record SequenceFeature(
    string Name,
    long Cardinality,
    int Dimension = 16,
    Pooling Pooling = Pooling.Mean,
    string? Table = null
);
