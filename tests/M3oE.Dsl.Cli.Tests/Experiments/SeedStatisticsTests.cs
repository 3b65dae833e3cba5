using System;
using System.Collections.Generic;
using M3oE.Dsl.Cli.Experiments;

namespace M3oE.Dsl.Cli.Tests.Experiments;

public sealed class SeedStatisticsTests
{
    [Fact]
    public void TheSpreadIsTheSampleStandardDeviation()
    {
        var summary = SeedStatistics.Summarise([2, 4, 4, 4, 5, 5, 7, 9]);

        Assert.NotNull(summary);
        Assert.Equal(5, summary.Mean, 12);
        Assert.Equal(Math.Sqrt(32.0 / 7), summary.StandardDeviation!.Value, 12);
        Assert.Equal(8, summary.Count);
    }

    [Fact]
    public void OneValueHasAMeanButNoSpread()
    {
        var summary = SeedStatistics.Summarise([0.77]);

        Assert.NotNull(summary);
        Assert.Equal(0.77, summary.Mean, 12);
        Assert.Null(summary.StandardDeviation);
    }

    [Fact]
    public void NoValuesHaveNoSummary() => Assert.Null(SeedStatistics.Summarise([]));

    [Fact]
    public void PairedDifferencesUseOnlyTheSeedsBothModelsRan()
    {
        var first = new Dictionary<int, double>
        {
            [1] = 0.80,
            [2] = 0.70,
            [3] = 0.90,
        };
        var second = new Dictionary<int, double>
        {
            [1] = 0.75,
            [2] = 0.72,
            [4] = 0.50,
        };

        var paired = SeedStatistics.Paired(first, second);

        // seeds 1 and 2 only: differences 0.05 and -0.02
        Assert.NotNull(paired);
        Assert.Equal(2, paired.Difference.Count);
        Assert.Equal(0.015, paired.Difference.Mean, 12);
        Assert.Equal(Math.Sqrt(2 * 0.035 * 0.035), paired.Difference.StandardDeviation!.Value, 12);
        Assert.Equal(-0.02, paired.Smallest, 12);
        Assert.Equal(0.05, paired.Largest, 12);
        Assert.Equal(1, paired.Wins);
    }

    [Fact]
    public void APairedDifferenceIsNotTheDifferenceOfTheMeans()
    {
        // the spread of the paired differences is zero although each model varies a lot over seeds
        var first = new Dictionary<int, double>
        {
            [1] = 0.60,
            [2] = 0.80,
            [3] = 0.70,
        };
        var second = new Dictionary<int, double>
        {
            [1] = 0.59,
            [2] = 0.79,
            [3] = 0.69,
        };

        var paired = SeedStatistics.Paired(first, second)!;

        Assert.Equal(0.01, paired.Difference.Mean, 12);
        Assert.Equal(0, paired.Difference.StandardDeviation!.Value, 12);
        Assert.Equal(3, paired.Wins);
    }

    [Fact]
    public void ModelsWithoutACommonSeedHaveNoPairedDifference() =>
        Assert.Null(
            SeedStatistics.Paired(new Dictionary<int, double> { [1] = 0.7 }, new Dictionary<int, double> { [2] = 0.7 })
        );
}
