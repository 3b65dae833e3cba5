using M3oE.Dsl.Runtime.Metrics;

namespace M3oE.Dsl.Runtime.Training;

/// <summary>
/// Early stopping on a validation metric: training stops after <paramref name="Patience"/> epochs without
/// improvement, and the weights of the best epoch are put back (also when the last epoch is reached).
/// </summary>
/// <param name="Metric">The monitored metric.</param>
/// <param name="Mode">Whether larger or smaller is better.</param>
/// <param name="Patience">Epochs without improvement before stopping.</param>
/// <param name="RestoreBest">True to put back the best epoch's weights at the end.</param>
public sealed record EarlyStoppingOptions(
    Metric Metric = Metric.MeanAuc,
    MetricMode Mode = MetricMode.Max,
    int Patience = 10,
    bool RestoreBest = true
);
