using System.Collections.Generic;

namespace M3oE.Dsl.Cli.Reporting;

/// <summary>One line of a run's <c>metrics.jsonl</c>: an epoch's losses, its validation AUC per cell and its
/// fusion weights.</summary>
internal sealed record EpochRecord(
    int Epoch,
    double? TrainLoss,
    double? ValidationLoss,
    double? MeanAuc,
    IReadOnlyDictionary<(string Domain, string Task), double> CellAuc,
    IReadOnlyDictionary<string, double> Fusion
);
