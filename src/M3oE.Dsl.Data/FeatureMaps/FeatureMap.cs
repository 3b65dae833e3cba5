using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using M3oE.Dsl.Data.Encoders;
using M3oE.Dsl.Data.Schema;

namespace M3oE.Dsl.Data.FeatureMaps;

/// <summary>
/// Everything learned from the training split that turns raw values into model inputs: vocabularies,
/// hash and identity maps, bucket boundaries and normalisation statistics. It is saved beside the model
/// as a versioned JSON file carrying the schema hash, and loading it for a different schema is an error
/// that names the column that differs.
/// </summary>
public sealed partial class FeatureMap
{
    private readonly IReadOnlyDictionary<string, CategoryMap> _categories;
    private readonly IReadOnlyDictionary<string, DenseStatistics> _statistics;
    private readonly IReadOnlyDictionary<string, double[]> _boundaries;

    internal FeatureMap(
        DataSchema schema,
        long trainingRows,
        IReadOnlyDictionary<string, CategoryMap> categories,
        IReadOnlyDictionary<string, DenseStatistics> statistics,
        IReadOnlyDictionary<string, double[]> boundaries
    )
    {
        Schema = schema;
        TrainingRows = trainingRows;
        _categories = categories;
        _statistics = statistics;
        _boundaries = boundaries;
        Layout = new BatchLayout(
            schema.SparseInputs.Count,
            schema.DenseInputs.Count,
            schema.SequenceInputs.Select(s => s.MaxLength).ToArray(),
            schema.Tasks.Count,
            schema.GroupColumn is not null
        );
    }

    /// <summary>The version written into saved files; files of another version are refused.</summary>
    public const int FormatVersion = 1;

    public DataSchema Schema { get; }

    /// <summary>The hash of the schema the map was built for.</summary>
    public string SchemaHash => Schema.Hash;

    /// <summary>The number of training rows the map was built from.</summary>
    public long TrainingRows { get; }

    /// <summary>The widths of the tensors of a batch.</summary>
    public BatchLayout Layout { get; }

    /// <summary>Names of the sparse tensor's columns (sparse and bucketized features).</summary>
    public IReadOnlyList<string> SparseNames => Schema.SparseInputs.Select(f => f.Name).ToArray();

    /// <summary>The embedding table size of each sparse tensor column, id 0 included.</summary>
    public IReadOnlyList<long> SparseCardinalities => Schema.SparseInputs.Select(f => Cardinality(f.Name)).ToArray();

    /// <summary>Names of the dense tensor's columns.</summary>
    public IReadOnlyList<string> DenseNames => Schema.DenseInputs.Select(f => f.Name).ToArray();

    /// <summary>Names of the sequence tensors.</summary>
    public IReadOnlyList<string> SequenceNames => Schema.SequenceInputs.Select(f => f.Name).ToArray();

    /// <summary>The embedding table size of each sequence feature, id 0 included (padding is -1).</summary>
    public IReadOnlyList<long> SequenceCardinalities =>
        Schema.SequenceInputs.Select(f => Cardinality(f.Name)).ToArray();

    public IReadOnlyList<string> DomainNames => Schema.Domain.Names;

    public IReadOnlyList<string> TaskNames => Schema.Tasks.Select(t => t.Name).ToArray();

    /// <summary>The number of ids of a sparse, bucketized or sequence feature.</summary>
    public long Cardinality(string feature)
    {
        if (_categories.TryGetValue(feature, out var map))
        {
            return map.Cardinality;
        }

        if (_boundaries.TryGetValue(feature, out var boundaries))
        {
            return boundaries.Length + 2;
        }

        throw new ArgumentException($"'{feature}' is not a categorical feature of the schema.", nameof(feature));
    }

    /// <summary>The value-to-id map of a sparse or sequence feature.</summary>
    public CategoryMap Categories(string feature) =>
        _categories.TryGetValue(feature, out var map)
            ? map
            : throw new ArgumentException($"'{feature}' is not a sparse or sequence feature.", nameof(feature));

    /// <summary>The training statistics of a dense feature.</summary>
    public DenseStatistics Statistics(string feature) =>
        _statistics.TryGetValue(feature, out var statistics)
            ? statistics
            : throw new ArgumentException($"'{feature}' is not a dense feature.", nameof(feature));

    /// <summary>The bucket boundaries of a bucketized feature.</summary>
    public IReadOnlyList<double> Boundaries(string feature) =>
        _boundaries.TryGetValue(feature, out var boundaries)
            ? boundaries
            : throw new ArgumentException($"'{feature}' is not a bucketized feature.", nameof(feature));

    /// <summary>Writes the map as JSON to <paramref name="path"/>.</summary>
    public void Save(string path) => File.WriteAllText(path, ToJson());

    /// <summary>Reads a map saved by <see cref="Save"/> and checks it against <paramref name="schema"/>.</summary>
    /// <exception cref="FeatureMapMismatchException">The map was built for a different schema.</exception>
    public static FeatureMap Load(string path, DataSchema schema) => FromJson(File.ReadAllText(path), schema);
}
