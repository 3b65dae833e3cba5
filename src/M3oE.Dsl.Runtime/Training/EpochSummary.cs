using System.Collections.Generic;

namespace M3oE.Dsl.Runtime.Training;

/// <summary>The numbers of one finished epoch.</summary>
/// <param name="Epoch">The epoch (0-based).</param>
/// <param name="TrainLoss">The mean training loss over its batches.</param>
/// <param name="LearningRate">The weight learning rate used.</param>
/// <param name="ValidationLoss">The validation objective.</param>
/// <param name="MeanAuc">The validation mean AUC.</param>
/// <param name="MeanLogLoss">The validation mean log loss.</param>
/// <param name="MeanGroupAuc">The validation mean grouped AUC.</param>
/// <param name="Monitored">The value of the early-stopping metric, when there is one.</param>
/// <param name="StructureWeights">The structure weights after the epoch.</param>
public sealed record EpochSummary(
    int Epoch,
    double TrainLoss,
    double LearningRate,
    double? ValidationLoss,
    double? MeanAuc,
    double? MeanLogLoss,
    double? MeanGroupAuc,
    double? Monitored,
    IReadOnlyDictionary<string, double> StructureWeights
);
