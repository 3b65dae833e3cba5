namespace M3oE.Dsl.Data.FeatureMaps;

/// <summary>Statistics of a dense feature over the training split.</summary>
/// <param name="Count">The number of values seen.</param>
/// <param name="Mean">Their mean.</param>
/// <param name="StandardDeviation">Their population standard deviation.</param>
/// <param name="Min">The smallest value.</param>
/// <param name="Max">The largest value.</param>
public sealed record DenseStatistics(long Count, double Mean, double StandardDeviation, double Min, double Max);
