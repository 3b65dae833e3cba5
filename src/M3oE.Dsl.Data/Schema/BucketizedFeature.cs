using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace M3oE.Dsl.Data.Schema;

/// <summary>
/// A numeric column cut into buckets, fed as a sparse id: id 0 for an empty cell, then 1 + the number of
/// boundaries the value is at or above. Boundaries are explicit or quantiles of the training split.
/// </summary>
public sealed record BucketizedFeature : FeatureSpec
{
    /// <summary>A feature with explicit, strictly increasing boundaries.</summary>
    public BucketizedFeature(string name, string column, IReadOnlyList<double> boundaries)
        : base(name, column)
    {
        for (var i = 1; i < boundaries.Count; i++)
        {
            if (!(boundaries[i] > boundaries[i - 1]))
            {
                throw new ArgumentException("Bucket boundaries must be strictly increasing.", nameof(boundaries));
            }
        }

        Boundaries = boundaries;
    }

    /// <summary>A feature whose boundaries are <paramref name="quantiles"/> - 1 quantiles of the training
    /// split.</summary>
    public BucketizedFeature(string name, string column, int quantiles)
        : base(name, column)
    {
        if (quantiles < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(quantiles), "Quantile bucketing needs at least 2 buckets.");
        }

        Quantiles = quantiles;
    }

    /// <summary>Explicit boundaries, or null when they come from quantiles.</summary>
    public IReadOnlyList<double>? Boundaries { get; }

    /// <summary>The number of quantile buckets, or null for explicit boundaries.</summary>
    public int? Quantiles { get; }

    /// <inheritdoc />
    public override string Describe()
    {
        var culture = CultureInfo.InvariantCulture;
        return Boundaries is { } b
            ? $"bucketized({Column};[{string.Join(",", b.Select(x => x.ToString("R", culture)))}])"
            : string.Create(culture, $"bucketized({Column};quantiles={Quantiles})");
    }
}
