using System;
using System.Collections.Generic;
using System.Linq;

namespace M3oE.Dsl.Benchmarks.Statistics;

/// <summary>
/// Order statistics of measured samples. Percentiles interpolate linearly between the two nearest ranks
/// (rank = p / 100 * (n - 1) over the sorted values), so the median of an even count is the mean of the middle two.
/// </summary>
public static class Percentiles
{
    /// <summary>The <paramref name="percent"/>-th percentile (0 to 100) of <paramref name="values"/>.</summary>
    public static double Of(IReadOnlyCollection<double> values, double percent)
    {
        if (values.Count == 0)
        {
            throw new ArgumentException("A percentile of no values is undefined.", nameof(values));
        }

        if (percent is < 0 or > 100 || double.IsNaN(percent))
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A percentile lies between 0 and 100.");
        }

        var sorted = values.OrderBy(v => v).ToArray();
        var rank = percent / 100.0 * (sorted.Length - 1);
        var below = (int)Math.Floor(rank);
        var above = Math.Min(below + 1, sorted.Length - 1);
        var fraction = rank - below;
        return sorted[below] + (sorted[above] - sorted[below]) * fraction;
    }

    /// <summary>The median of <paramref name="values"/>.</summary>
    public static double Median(IReadOnlyCollection<double> values) => Of(values, 50);
}
