namespace M3oE.Dsl.Cli.Experiments;

/// <summary>One epoch of a run: its training loss and the validation mean AUC after it.</summary>
internal sealed record EpochFigures(int Epoch, double TrainLoss, double? ValidationAuc);
