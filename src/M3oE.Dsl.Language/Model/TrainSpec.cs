namespace M3oE.Dsl.Language.Model;

/// <summary>The training setup.</summary>
public sealed record TrainSpec(
    string Optimizer,
    double LearningRate,
    double WeightDecay,
    int Batch,
    int Epochs,
    string EarlyStopMetric,
    int Patience,
    EarlyStopMode Mode,
    long Seed,
    SplitSpec Split,
    ScheduleSpec Schedule,
    double? Clip,
    int? Threads
);
