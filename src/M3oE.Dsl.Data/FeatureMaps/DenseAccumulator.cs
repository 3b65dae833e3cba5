using System;

namespace M3oE.Dsl.Data.FeatureMaps;

/// <summary>Running mean, variance (Welford), minimum and maximum in constant memory.</summary>
internal sealed class DenseAccumulator
{
    private long _count;
    private double _mean;
    private double _m2;
    private double _min = double.PositiveInfinity;
    private double _max = double.NegativeInfinity;

    public void Add(double value)
    {
        _count++;
        var delta = value - _mean;
        _mean += delta / _count;
        _m2 += delta * (value - _mean);
        _min = Math.Min(_min, value);
        _max = Math.Max(_max, value);
    }

    public DenseStatistics Result() =>
        _count == 0
            ? new DenseStatistics(0, 0, 0, 0, 0)
            : new DenseStatistics(_count, _mean, Math.Sqrt(_m2 / _count), _min, _max);
}
