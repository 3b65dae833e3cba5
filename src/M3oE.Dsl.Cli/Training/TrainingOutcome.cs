using M3oE.Dsl.Runtime.Training;

namespace M3oE.Dsl.Cli.Training;

/// <summary>What a finished training job leaves: the summary in the run folder and the trainer's result.</summary>
internal sealed record TrainingOutcome(RunSummary Summary, TrainingResult Result);
