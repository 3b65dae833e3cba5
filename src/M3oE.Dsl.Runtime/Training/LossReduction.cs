namespace M3oE.Dsl.Runtime.Training;

/// <summary>How the per-output binary cross-entropies of a batch are reduced to one loss.</summary>
public enum LossReduction
{
    /// <summary>
    /// For every (domain, task) cell the mean over the rows of that domain, weighted by the task weight and summed
    /// over cells. A domain absent from the batch contributes nothing.
    /// </summary>
    PerDomainMean,

    /// <summary>The plain mean over all B x T outputs (the reference's structure-search objective).</summary>
    PlainMean,
}
