using System.Collections.Generic;
using M3oE.Dsl.Runtime.Training;

namespace M3oE.Dsl.Runtime.Checkpoints;

/// <summary>The trainer's bookkeeping stored in a checkpoint.</summary>
public sealed record TrainerState
{
    /// <summary>The first epoch still to run.</summary>
    public int NextEpoch { get; init; }

    /// <summary>The number of weight steps done.</summary>
    public long GlobalStep { get; init; }

    /// <summary>The best epoch so far, or -1.</summary>
    public int BestEpoch { get; init; } = -1;

    /// <summary>The monitored value of the best epoch.</summary>
    public double? BestValue { get; init; }

    /// <summary>Epochs since the last improvement.</summary>
    public int EpochsWithoutImprovement { get; init; }

    /// <summary>True when patience ran out.</summary>
    public bool StoppedEarly { get; init; }

    /// <summary>The summaries of the finished epochs.</summary>
    public List<EpochSummary> History { get; init; } = new();
}
