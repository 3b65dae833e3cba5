using System;
using System.Linq;
using M3oE.Dsl.Data.FeatureMaps;
using M3oE.Dsl.Data.Schema;

namespace M3oE.Dsl.Data.Encoders;

/// <summary>Writes a checked row into <see cref="EncodedRows"/> through a feature map. It cannot fail: every
/// check happens in <see cref="RowParser"/>.</summary>
internal sealed class RowEncoder
{
    private readonly int[] _sparseSlots;
    private readonly CategoryMap?[] _sparseMaps;
    private readonly double[]?[] _sparseBoundaries;
    private readonly int[] _sparseBucketIndex;
    private readonly float[] _denseOffset;
    private readonly float[] _denseScale;
    private readonly float[] _denseMean;
    private readonly int[] _sequenceSlots;
    private readonly CategoryMap[] _sequenceMaps;
    private readonly char[] _separators;
    private readonly BatchLayout _layout;

    public RowEncoder(FeatureMap map)
    {
        var schema = map.Schema;
        _layout = map.Layout;

        var sparse = schema.SparseInputs;
        _sparseSlots = sparse.Select(f => schema.Slot(f.Column)).ToArray();
        _sparseMaps = sparse.Select(f => f is SparseFeature ? map.Categories(f.Name) : null).ToArray();
        _sparseBoundaries = sparse
            .Select(f => f is BucketizedFeature ? map.Boundaries(f.Name).ToArray() : null)
            .ToArray();
        var bucketized = schema.Features.OfType<BucketizedFeature>().ToList();
        _sparseBucketIndex = sparse.Select(f => f is BucketizedFeature b ? bucketized.IndexOf(b) : -1).ToArray();

        var dense = schema.DenseInputs;
        _denseOffset = new float[dense.Count];
        _denseScale = new float[dense.Count];
        _denseMean = new float[dense.Count];
        for (var i = 0; i < dense.Count; i++)
        {
            var statistics = map.Statistics(dense[i].Name);
            _denseMean[i] = (float)statistics.Mean;
            (_denseOffset[i], _denseScale[i]) = dense[i].Normalization switch
            {
                Normalization.MinMax => ((float)statistics.Min, Inverse(statistics.Max - statistics.Min)),
                Normalization.Standard => ((float)statistics.Mean, Inverse(statistics.StandardDeviation)),
                _ => (0f, 1f),
            };
        }

        var sequences = schema.SequenceInputs;
        _sequenceSlots = sequences.Select(f => schema.Slot(f.Column)).ToArray();
        _sequenceMaps = sequences.Select(f => map.Categories(f.Name)).ToArray();
        _separators = sequences.Select(f => f.Separator).ToArray();
    }

    public void Encode(Schema.IRowView row, ParsedRow parsed, EncodedRows target, int index)
    {
        var sparseWidth = _layout.SparseWidth;
        var sparse = target.Sparse.AsSpan(index * sparseWidth, sparseWidth);
        for (var i = 0; i < sparse.Length; i++)
        {
            sparse[i] = _sparseMaps[i] is { } categories
                ? categories.Id(row.Text(_sparseSlots[i]).Trim())
                : Bucket(_sparseBoundaries[i]!, parsed.Bucketized[_sparseBucketIndex[i]]);
        }

        var dense = target.Dense.AsSpan(index * _layout.DenseWidth, _layout.DenseWidth);
        for (var i = 0; i < dense.Length; i++)
        {
            var value = parsed.Dense[i];
            var raw = double.IsNaN(value) ? _denseMean[i] : (float)value;
            dense[i] = (raw - _denseOffset[i]) * _denseScale[i];
        }

        for (var s = 0; s < _sequenceSlots.Length; s++)
        {
            var length = _layout.SequenceLengths[s];
            var ids = target.Sequences[s].AsSpan(index * length, length);
            ids.Fill(-1);
            var filled = 0;
            foreach (var range in row.Text(_sequenceSlots[s]).Split(_separators[s]))
            {
                var token = row.Text(_sequenceSlots[s])[range].Trim();
                if (token.IsEmpty)
                {
                    continue;
                }

                ids[filled++] = _sequenceMaps[s].Id(token);
                if (filled == length)
                {
                    break;
                }
            }
        }

        target.Domain[index] = parsed.Domain;
        parsed.Labels.CopyTo(target.Labels.AsSpan(index * _layout.TaskCount, _layout.TaskCount));
        if (_layout.HasGroup)
        {
            target.Group[index] = parsed.Group;
        }
    }

    /// <summary>Id 0 for an empty cell, otherwise 1 + the number of boundaries at or below the value.</summary>
    internal static long Bucket(double[] boundaries, double value)
    {
        if (double.IsNaN(value))
        {
            return 0;
        }

        var position = Array.BinarySearch(boundaries, value);
        var below = position >= 0 ? position + 1 : ~position;
        return 1 + below;
    }

    private static float Inverse(double spread) => spread > 0 ? (float)(1.0 / spread) : 0f;
}
