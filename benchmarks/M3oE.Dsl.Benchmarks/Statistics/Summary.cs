using System;
using System.Collections.Generic;
using System.Linq;

namespace M3oE.Dsl.Benchmarks.Statistics;

/// <summary>The median of repeated measurements with their extremes.</summary>
/// <param name="Median">The median.</param>
/// <param name="Min">The smallest value.</param>
/// <param name="Max">The largest value.</param>
/// <param name="Count">How many values were measured.</param>
public sealed record Summary(double Median, double Min, double Max, int Count)
{
    /// <summary>(max - min) / median: how far apart the repetitions lie, relative to their median.</summary>
    public double RelativeSpread => Median == 0 ? 0 : (Max - Min) / Math.Abs(Median);

    /// <summary>Summarises <paramref name="values"/>; at least one value is needed.</summary>
    public static Summary Of(IReadOnlyCollection<double> values)
    {
        var median = Percentiles.Median(values);
        return new Summary(median, values.Min(), values.Max(), values.Count);
    }
}
