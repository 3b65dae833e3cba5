namespace M3oE.Dsl.Runtime.Metrics;

/// <summary>A summary metric of an evaluation, for early stopping and model selection.</summary>
public enum Metric
{
    /// <summary>The mean of the defined per-cell AUCs (higher is better).</summary>
    MeanAuc,

    /// <summary>The mean of the per-cell log losses (lower is better).</summary>
    MeanLogLoss,

    /// <summary>The mean of the defined per-cell grouped AUCs (higher is better).</summary>
    MeanGroupAuc,

    /// <summary>The training objective on the evaluation set (lower is better).</summary>
    Loss,
}
