using System;
using M3oE.Dsl.Benchmarks.Statistics;

namespace M3oE.Dsl.Cli.Tests.Benchmarks;

public sealed class PercentilesTests
{
    [Fact]
    public void TheMedianOfAnOddCountIsTheMiddleValue() =>
        Assert.Equal(3.0, Percentiles.Median(new[] { 9.0, 1.0, 3.0, 7.0, 2.0 }));

    [Fact]
    public void TheMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() =>
        Assert.Equal(2.5, Percentiles.Median(new[] { 4.0, 1.0, 3.0, 2.0 }));

    [Fact]
    public void PercentilesInterpolateBetweenNeighbouringRanks()
    {
        var values = new[] { 10.0, 20.0 };

        Assert.Equal(10.0, Percentiles.Of(values, 0));
        Assert.Equal(12.5, Percentiles.Of(values, 25));
        Assert.Equal(20.0, Percentiles.Of(values, 100));
    }

    [Fact]
    public void TheHighPercentilesOfAHundredAndOneValuesAreThoseValues()
    {
        var values = new double[101];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = 100 - i;
        }

        Assert.Equal(50.0, Percentiles.Of(values, 50));
        Assert.Equal(90.0, Percentiles.Of(values, 90));
        Assert.Equal(99.0, Percentiles.Of(values, 99));
    }

    [Fact]
    public void OneValueIsEveryPercentile() => Assert.Equal(4.0, Percentiles.Of(new[] { 4.0 }, 99));

    [Fact]
    public void NoValuesOrAPercentOutsideZeroToHundredAreRefused()
    {
        Assert.Throws<ArgumentException>(() => Percentiles.Median(Array.Empty<double>()));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.Of(new[] { 1.0 }, 101));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.Of(new[] { 1.0 }, -1));
    }

    [Fact]
    public void ASummaryHoldsTheMedianTheExtremesAndTheRelativeSpread()
    {
        var summary = Summary.Of(new[] { 8.0, 10.0, 13.0 });

        Assert.Equal(new Summary(10.0, 8.0, 13.0, 3), summary);
        Assert.Equal(0.5, summary.RelativeSpread, 12);
    }
}
