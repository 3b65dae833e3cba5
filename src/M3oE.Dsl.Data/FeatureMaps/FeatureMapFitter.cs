using System;
using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Data.Encoders;
using M3oE.Dsl.Data.Schema;

namespace M3oE.Dsl.Data.FeatureMaps;

/// <summary>Accumulates, over the training rows of one pass, what a feature map needs.</summary>
internal sealed class FeatureMapFitter
{
    private const int ReservoirCapacity = 200_000;

    private readonly DataSchema _schema;
    private readonly Dictionary<string, TokenCounter> _counters = new(StringComparer.Ordinal);
    private readonly (int Slot, TokenCounter Counter)[] _sparseCounting;
    private readonly (int Slot, TokenCounter Counter, char Separator)[] _sequenceCounting;
    private readonly DenseAccumulator[] _dense;
    private readonly ReservoirSample?[] _reservoirs;

    public FeatureMapFitter(DataSchema schema, long seed)
    {
        _schema = schema;
        var sparse = new List<(int, TokenCounter)>();
        var sequences = new List<(int, TokenCounter, char)>();
        foreach (var feature in schema.Features)
        {
            if (feature is SparseFeature { Vocabulary.Kind: VocabularyKind.FromData } s)
            {
                sparse.Add((schema.Slot(s.Column), Counter(s.SharedVocabulary ?? s.Name)));
            }
            else if (feature is SequenceFeature { Vocabulary.Kind: VocabularyKind.FromData } q)
            {
                sequences.Add((schema.Slot(q.Column), Counter(q.SharedVocabulary ?? q.Name), q.Separator));
            }
        }

        _sparseCounting = [.. sparse];
        _sequenceCounting = [.. sequences];
        _dense = schema.DenseInputs.Select(_ => new DenseAccumulator()).ToArray();
        _reservoirs = schema
            .Features.OfType<BucketizedFeature>()
            .Select((b, i) => b.Quantiles is null ? null : new ReservoirSample(ReservoirCapacity, (ulong)(seed + i)))
            .ToArray();
    }

    public void Add(IRowView row, ParsedRow parsed)
    {
        foreach (var (slot, counter) in _sparseCounting)
        {
            counter.Add(row.Text(slot).Trim());
        }

        foreach (var (slot, counter, separator) in _sequenceCounting)
        {
            var text = row.Text(slot);
            foreach (var range in text.Split(separator))
            {
                var token = text[range].Trim();
                if (!token.IsEmpty)
                {
                    counter.Add(token);
                }
            }
        }

        for (var i = 0; i < _dense.Length; i++)
        {
            if (!double.IsNaN(parsed.Dense[i]))
            {
                _dense[i].Add(parsed.Dense[i]);
            }
        }

        for (var i = 0; i < _reservoirs.Length; i++)
        {
            if (_reservoirs[i] is { } reservoir && !double.IsNaN(parsed.Bucketized[i]))
            {
                reservoir.Add(parsed.Bucketized[i]);
            }
        }
    }

    public FeatureMap Build(long trainingRows)
    {
        var categories = new Dictionary<string, CategoryMap>(StringComparer.Ordinal);
        var built = new Dictionary<string, CategoryMap>(StringComparer.Ordinal);
        foreach (var (name, spec, shared) in FeatureMapJson.CategoricalFeatures(_schema))
        {
            var key = shared ?? name;
            if (!built.TryGetValue(key, out var map))
            {
                map = spec.Kind switch
                {
                    VocabularyKind.FromData => _counters[key].Build(spec.MinCount, spec.MaxSize),
                    VocabularyKind.Hashed => new HashedCategories(spec.Size),
                    _ => new IdentityCategories(spec.Size),
                };
                built[key] = map;
            }

            categories[name] = map;
        }

        var dense = _schema.DenseInputs;
        var statistics = new Dictionary<string, DenseStatistics>(StringComparer.Ordinal);
        for (var i = 0; i < dense.Count; i++)
        {
            statistics[dense[i].Name] = _dense[i].Result();
        }

        var bucketized = _schema.Features.OfType<BucketizedFeature>().ToArray();
        var boundaries = new Dictionary<string, double[]>(StringComparer.Ordinal);
        for (var i = 0; i < bucketized.Length; i++)
        {
            boundaries[bucketized[i].Name] = bucketized[i].Boundaries is { } explicitBoundaries
                ? [.. explicitBoundaries]
                : _reservoirs[i]!.Boundaries(bucketized[i].Quantiles!.Value);
        }

        return new FeatureMap(_schema, trainingRows, categories, statistics, boundaries);
    }

    private TokenCounter Counter(string key)
    {
        if (!_counters.TryGetValue(key, out var counter))
        {
            counter = new TokenCounter();
            _counters[key] = counter;
        }

        return counter;
    }
}
