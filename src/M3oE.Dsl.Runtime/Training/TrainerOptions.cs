using System.Collections.Generic;
using M3oE.Dsl.Runtime.Search;

namespace M3oE.Dsl.Runtime.Training;

/// <summary>The training setup.</summary>
public sealed record TrainerOptions
{
    /// <summary>The maximum number of epochs.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>The learning rate of the weight optimiser (Adam).</summary>
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>The L2 weight decay of the weight optimiser.</summary>
    public double WeightDecay { get; init; }

    /// <summary>
    /// The seed of all random numbers drawn during training (dropout, architecture batches). On the CPU the same
    /// seed, model initialisation and data give bit-identical results.
    /// </summary>
    public int Seed { get; init; } = 2024;

    /// <summary>One loss weight per task; null means 1 each.</summary>
    public IReadOnlyList<double>? TaskWeights { get; init; }

    /// <summary>The learning-rate schedule.</summary>
    public LearningRateSchedule Schedule { get; init; } = LearningRateSchedule.Constant;

    /// <summary>The maximum gradient norm; null for no clipping.</summary>
    public double? GradientClipNorm { get; init; }

    /// <summary>Early stopping; null trains all epochs and keeps the last weights.</summary>
    public EarlyStoppingOptions? EarlyStopping { get; init; }

    /// <summary>The structure search.</summary>
    public StructureSearchOptions Search { get; init; } = new();

    /// <summary>The folder of the checkpoint written after every epoch; null writes none.</summary>
    public string? CheckpointDirectory { get; init; }

    /// <summary>True to continue from the checkpoint in <see cref="CheckpointDirectory"/> when there is one.</summary>
    public bool Resume { get; init; }
}
