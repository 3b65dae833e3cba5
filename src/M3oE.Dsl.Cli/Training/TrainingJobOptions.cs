namespace M3oE.Dsl.Cli.Training;

/// <summary>How one training job runs: the overrides of the spec's train section and whether it resumes.</summary>
/// <param name="Seed">The seed of the weights and the trainer.</param>
/// <param name="Epochs">The number of epochs, or null for the spec's.</param>
/// <param name="Resume">Continue from the checkpoint in the run folder, with its feature map.</param>
internal sealed record TrainingJobOptions(int Seed, int? Epochs, bool Resume);
