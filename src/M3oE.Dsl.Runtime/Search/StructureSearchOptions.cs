using M3oE.Dsl.Runtime.Training;

namespace M3oE.Dsl.Runtime.Search;

/// <summary>
/// The structure search. The default is the first-order bilevel search with architecture steps on validation
/// batches after every training step, Adam with learning rate 1e-3 and weight decay 1e-5.
/// </summary>
public sealed record StructureSearchOptions
{
    /// <summary>How the structure parameters are trained.</summary>
    public StructureSearchMode Mode { get; init; } = StructureSearchMode.Bilevel;

    /// <summary>Where architecture batches come from.</summary>
    public ArchitectureData Data { get; init; } = ArchitectureData.Validation;

    /// <summary>When architecture steps happen.</summary>
    public ArchitectureSchedule Schedule { get; init; } = ArchitectureSchedule.EveryKSteps;

    /// <summary>K for <see cref="ArchitectureSchedule.EveryKSteps"/>.</summary>
    public int EverySteps { get; init; } = 1;

    /// <summary>The loss of an architecture step.</summary>
    public LossReduction Objective { get; init; } = LossReduction.PerDomainMean;

    /// <summary>
    /// True to also put the structure parameters into the weight optimiser, so that they move on every training
    /// step as well (what the reference code does).
    /// </summary>
    public bool ArchitectureInWeightOptimizer { get; init; }

    /// <summary>The learning rate of the architecture optimiser (Adam).</summary>
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>The weight decay of the architecture optimiser.</summary>
    public double WeightDecay { get; init; } = 1e-5;

    /// <summary>
    /// The reference code's variant: one architecture step per epoch on a training batch with the plain mean
    /// BCE, and the structure parameters also in the weight optimiser.
    /// </summary>
    public static StructureSearchOptions Reference { get; } =
        new()
        {
            Data = ArchitectureData.Training,
            Schedule = ArchitectureSchedule.OncePerEpoch,
            Objective = LossReduction.PlainMean,
            ArchitectureInWeightOptimizer = true,
        };
}
