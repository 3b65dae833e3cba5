using System;
using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Language.Model;
using M3oE.Dsl.Runtime.Data;
using static TorchSharp.torch;

namespace M3oE.Dsl.Benchmarks.Workloads;

/// <summary>
/// Batches of random rows in the layout a spec's model reads: sparse ids below each feature's vocabulary size,
/// dense values in [0, 1), domains drawn uniformly and labels positive with probability 0.3.
/// </summary>
public sealed class RandomBatches
{
    private readonly long[] cardinalities;
    private readonly int denseWidth;
    private readonly int domains;
    private readonly int tasks;

    /// <summary>The layout of <paramref name="model"/> with the vocabulary sizes of
    /// <paramref name="cardinality"/>.</summary>
    public RandomBatches(ModelSpec model, Func<string, long> cardinality)
    {
        if (model.Data.Columns.Any(c => c.IsFeature && c.Kind == ColumnKind.Sequence))
        {
            throw new Hosting.BenchInputException(
                $"Model '{model.Name}' has multi-valued features, which the benchmark's random rows do not cover."
            );
        }

        cardinalities = model
            .Data.Columns.Where(c => c.Kind is ColumnKind.Sparse or ColumnKind.Bucket)
            .Select(c => cardinality(c.Name))
            .ToArray();
        denseWidth = model.Data.Columns.Count(c => c.Kind == ColumnKind.Dense);
        domains = model.Domains.Domains.Count;
        tasks = model.Tasks.Count;
    }

    /// <summary>A batch of <paramref name="rows"/> rows, the same for the same seed.</summary>
    public Batch Create(long rows, long seed)
    {
        var generator = new TorchSharp.torch.Generator((ulong)seed);
        var columns = cardinalities.Select(c => randint(c, new[] { rows }, generator: generator)).ToArray();
        var sparse = columns.Length == 0 ? zeros(rows, 0, ScalarType.Int64) : stack(columns, 1);
        foreach (var column in columns)
        {
            column.Dispose();
        }

        var dense = rand(new[] { rows, (long)denseWidth }, generator: generator);
        var domain = randint(domains, new[] { rows }, generator: generator);
        var labels = rand(new[] { rows, (long)tasks }, generator: generator).lt(0.3).to_type(ScalarType.Float32);
        return new Batch(sparse, dense, Array.Empty<Tensor>(), domain, labels);
    }

    /// <summary>A new batch that shares the tensors of <paramref name="batch"/>: disposing it leaves them
    /// alive.</summary>
    public static Batch Alias(Batch batch) =>
        new(
            batch.Sparse.alias(),
            batch.Dense.alias(),
            batch.Sequences.Select(s => s.alias()).ToArray(),
            batch.Domain.alias(),
            batch.Labels.alias(),
            batch.Group?.alias()
        );

    /// <summary>The vocabulary sizes of MovieLens-1M for the spec's feature names; 1,000 for any other name.</summary>
    public static long MovieLensCardinality(string feature) =>
        MovieLensSizes.TryGetValue(feature, out var size) ? size : 1_000;

    private static readonly Dictionary<string, long> MovieLensSizes = new(StringComparer.Ordinal)
    {
        // ids plus the out-of-vocabulary id 0
        ["user_id"] = 6_041,
        ["movie_id"] = 3_707,
        ["gender"] = 3,
        ["occupation"] = 22,
        ["zip"] = 3_440,
        ["genre"] = 19,
    };
}
