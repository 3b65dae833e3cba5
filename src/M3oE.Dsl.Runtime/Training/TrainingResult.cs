using System.Collections.Generic;
using M3oE.Dsl.Runtime.Metrics;

namespace M3oE.Dsl.Runtime.Training;

/// <summary>The outcome of <see cref="Trainer.Fit"/>.</summary>
/// <param name="History">One summary per finished epoch, including epochs before a resume.</param>
/// <param name="BestEpoch">The best epoch by the monitored metric, or the last epoch without early stopping.</param>
/// <param name="BestValue">The monitored metric at the best epoch.</param>
/// <param name="StoppedEarly">True when patience ran out.</param>
/// <param name="Validation">The validation metrics of the final weights.</param>
/// <param name="Test">The test metrics of the final weights, when a test source was given.</param>
/// <param name="StructureWeights">The structure weights of the final model (after any sigmoid).</param>
/// <param name="ResumedAtEpoch">The epoch training resumed at, when it resumed from a checkpoint.</param>
public sealed record TrainingResult(
    IReadOnlyList<EpochSummary> History,
    int BestEpoch,
    double? BestValue,
    bool StoppedEarly,
    EvaluationMetrics? Validation,
    EvaluationMetrics? Test,
    IReadOnlyDictionary<string, double> StructureWeights,
    int? ResumedAtEpoch
);
