namespace M3oE.Dsl.Language.Model;

/// <summary>
/// The structure search: the optimiser of the architecture parameters (the learned fusion weights), how often
/// and on what data its step runs, whether the weight optimiser also trains them (as the reference code does),
/// and how discrete search spaces are explored.
/// </summary>
public sealed record SearchSpec(
    string ArchOptimizer,
    double LearningRate,
    double WeightDecay,
    int EverySteps,
    ArchStepSource Source,
    bool FirstOrder,
    bool ArchInWeightOptimizer,
    HyperStrategy Hyper,
    int Trials,
    string Metric
)
{
    /// <summary>
    /// True when the architecture step runs once per epoch rather than every <see cref="EverySteps"/> steps.
    /// </summary>
    public bool EveryEpoch => EverySteps == 0;
}
