namespace M3oE.Dsl.Runtime.Modules;

/// <summary>A single-valued sparse feature: one column of <see cref="Data.Batch.Sparse"/>.</summary>
/// <param name="Name">The feature name.</param>
/// <param name="Cardinality">The number of ids, including the out-of-vocabulary id 0.</param>
/// <param name="Dimension">The embedding width.</param>
/// <param name="Table">The embedding table; features naming the same table share it. Null means a table of
/// the feature's own.</param>
public sealed record SparseFeature(string Name, long Cardinality, int Dimension = 16, string? Table = null);
