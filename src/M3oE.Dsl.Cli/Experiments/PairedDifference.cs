namespace M3oE.Dsl.Cli.Experiments;

/// <summary>
/// The difference between two models over the seeds both ran (first minus second, seed by seed): its mean, its
/// sample standard deviation, its range, and on how many seeds the first model was ahead.
/// </summary>
internal sealed record PairedDifference(Summary Difference, double Smallest, double Largest, int Wins);
