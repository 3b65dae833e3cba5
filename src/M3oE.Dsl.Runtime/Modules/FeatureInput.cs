using System;
using System.Collections.Generic;
using M3oE.Dsl.Runtime.Data;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Modules;

/// <summary>
/// The input layer: e = [embeddings of the sparse features, pooled embeddings of the multi-valued features,
/// dense columns], shape [B, F].
/// </summary>
public sealed class FeatureInput : nn.Module<Batch, Tensor>
{
    private readonly ModuleDict<Embedding> tables = new();
    private readonly string[] sparseTables;
    private readonly string[] sequenceTables;
    private readonly Pooling[] poolings;
    private readonly int denseWidth;

    /// <summary>Builds the embedding tables.</summary>
    public FeatureInput(string name, InputOptions options)
        : base(name)
    {
        Width = options.Width;
        denseWidth = options.DenseWidth;

        // one table per distinct table name, as wide and as large as its features need
        var sizes = new Dictionary<string, (long Cardinality, int Dimension)>(StringComparer.Ordinal);
        var order = new List<string>();
        void Need(string table, long cardinality, int dimension, string feature)
        {
            if (cardinality <= 0 || dimension <= 0)
            {
                throw new ArgumentException(
                    $"Feature '{feature}': cardinality and dimension must be positive, "
                        + $"got {cardinality} and {dimension}."
                );
            }

            if (sizes.TryGetValue(table, out var known))
            {
                if (known.Dimension != dimension)
                {
                    throw new ArgumentException(
                        $"Feature '{feature}' shares table '{table}' but asks for width {dimension} instead of "
                            + $"{known.Dimension}; give features of one table the same dimension."
                    );
                }

                sizes[table] = (Math.Max(known.Cardinality, cardinality), dimension);
            }
            else
            {
                sizes[table] = (cardinality, dimension);
                order.Add(table);
            }
        }

        sparseTables = new string[options.Sparse.Count];
        for (var i = 0; i < sparseTables.Length; i++)
        {
            var feature = options.Sparse[i];
            sparseTables[i] = feature.Table ?? feature.Name;
            Need(sparseTables[i], feature.Cardinality, feature.Dimension, feature.Name);
        }

        sequenceTables = new string[options.Sequences.Count];
        poolings = new Pooling[options.Sequences.Count];
        for (var i = 0; i < sequenceTables.Length; i++)
        {
            var feature = options.Sequences[i];
            sequenceTables[i] = feature.Table ?? feature.Name;
            poolings[i] = feature.Pooling;
            Need(sequenceTables[i], feature.Cardinality, feature.Dimension, feature.Name);
        }

        foreach (var table in order)
        {
            var embedding = nn.Embedding(sizes[table].Cardinality, sizes[table].Dimension);
            using (no_grad())
            {
                embedding.weight!.normal_(0.0, options.InitStd);
            }

            tables.Add((table, embedding));
        }

        register_module("embeddings", tables);
    }

    /// <summary>The width F of the output.</summary>
    public int Width { get; }

    /// <inheritdoc/>
    public override Tensor forward(Batch batch)
    {
        var parts = new List<Tensor>(sparseTables.Length + sequenceTables.Length + 1);
        for (var i = 0; i < sparseTables.Length; i++)
        {
            parts.Add(tables[sparseTables[i]].forward(batch.Sparse.select(1, i)));
        }

        for (var i = 0; i < sequenceTables.Length; i++)
        {
            parts.Add(Pool(tables[sequenceTables[i]], batch.Sequences[i], poolings[i]));
        }

        if (denseWidth > 0)
        {
            parts.Add(batch.Dense);
        }

        return parts.Count == 1 ? parts[0] : cat(parts, 1);
    }

    private static Tensor Pool(Embedding table, Tensor ids, Pooling pooling)
    {
        // padding (-1) is looked up as id 0 and then masked out
        var present = ids.ge(0);
        var vectors = table.forward(ids.clamp_min(0));
        var mask = present.unsqueeze(2).to_type(vectors.dtype);
        switch (pooling)
        {
            case Pooling.Sum:
                return (vectors * mask).sum(1);
            case Pooling.Mean:
                var counts = present.sum(1, keepdim: true).clamp_min(1).to_type(vectors.dtype);
                return (vectors * mask).sum(1) / counts;
            default:
                var filled = vectors.masked_fill(present.logical_not().unsqueeze(2), double.NegativeInfinity);
                var maximum = filled.max(1).values;
                var anyPresent = present.any(1, keepdim: true);
                return where(anyPresent, maximum, zeros_like(maximum));
        }
    }
}
