namespace M3oE.Dsl.Cli.Experiments;

/// <summary>The mean of a figure over seeds, its sample standard deviation and the number of seeds.</summary>
/// <param name="Mean">The mean.</param>
/// <param name="StandardDeviation">
/// The sample standard deviation (n - 1 in the denominator); null for a single value.
/// </param>
/// <param name="Count">The number of values.</param>
internal sealed record Summary(double Mean, double? StandardDeviation, int Count);
