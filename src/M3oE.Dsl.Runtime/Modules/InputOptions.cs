using System.Collections.Generic;

namespace M3oE.Dsl.Runtime.Modules;

/// <summary>The input layer: embeddings of the sparse and multi-valued features, then the dense columns.</summary>
/// <param name="Sparse">The single-valued sparse features, in the column order of
/// <see cref="Data.Batch.Sparse"/>.</param>
/// <param name="Sequences">The multi-valued features, in the order of <see cref="Data.Batch.Sequences"/>.</param>
/// <param name="DenseWidth">The number of dense columns appended as they are.</param>
/// <param name="InitStd">The standard deviation of the normal initialisation of the embeddings.</param>
public sealed record InputOptions(
    IReadOnlyList<SparseFeature> Sparse,
    IReadOnlyList<SequenceFeature> Sequences,
    int DenseWidth,
    double InitStd = 1e-4
)
{
    /// <summary>The width F of the flattened input e.</summary>
    public int Width
    {
        get
        {
            var width = DenseWidth;
            foreach (var feature in Sparse)
            {
                width += feature.Dimension;
            }

            foreach (var feature in Sequences)
            {
                width += feature.Dimension;
            }

            return width;
        }
    }
}
