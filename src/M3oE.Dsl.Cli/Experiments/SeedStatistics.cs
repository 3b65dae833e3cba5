using System;
using System.Collections.Generic;
using System.Linq;

namespace M3oE.Dsl.Cli.Experiments;

/// <summary>The arithmetic of the report's tables: means, spreads and paired differences over seeds.</summary>
internal static class SeedStatistics
{
    /// <summary>The mean and sample standard deviation of <paramref name="values"/>; null for none.</summary>
    public static Summary? Summarise(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var mean = values.Average();
        if (values.Count == 1)
        {
            return new Summary(mean, null, 1);
        }

        var squares = values.Sum(v => (v - mean) * (v - mean));
        return new Summary(mean, Math.Sqrt(squares / (values.Count - 1)), values.Count);
    }

    /// <summary>
    /// <paramref name="first"/> minus <paramref name="second"/> on every seed both hold; null when they share none.
    /// </summary>
    public static PairedDifference? Paired(
        IReadOnlyDictionary<int, double> first,
        IReadOnlyDictionary<int, double> second
    )
    {
        var differences = first
            .Keys.Where(second.ContainsKey)
            .OrderBy(seed => seed)
            .Select(seed => first[seed] - second[seed])
            .ToList();
        var summary = Summarise(differences);
        return summary is null
            ? null
            : new PairedDifference(summary, differences.Min(), differences.Max(), differences.Count(d => d > 0));
    }
}
