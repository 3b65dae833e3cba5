using System;
using System.Collections.Generic;
using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Training;

/// <summary>
/// The multi-domain multi-task loss from logits: sum over tasks t and domains d of
/// w_t * mean over the rows of domain d of BCE(logit, label). Computed without a loop over cells: every row is
/// weighted by one over the number of rows of its domain in the batch.
/// </summary>
public sealed class MultiDomainLoss
{
    private readonly int domains;
    private readonly float[] taskWeights;

    /// <summary>Creates the loss.</summary>
    /// <param name="domains">The number of domains D.</param>
    /// <param name="tasks">The number of tasks T.</param>
    /// <param name="taskWeights">One weight per task; null means 1 for every task.</param>
    public MultiDomainLoss(int domains, int tasks, IReadOnlyList<double>? taskWeights = null)
    {
        if (taskWeights is not null && taskWeights.Count != tasks)
        {
            throw new ArgumentException($"Expected {tasks} task weights, got {taskWeights.Count}.");
        }

        this.domains = domains;
        this.taskWeights = new float[tasks];
        for (var t = 0; t < tasks; t++)
        {
            this.taskWeights[t] = taskWeights is null ? 1f : (float)taskWeights[t];
        }
    }

    /// <summary>The loss of <paramref name="logits"/> [B, T] against <paramref name="labels"/> [B, T].</summary>
    /// <param name="logits">The model output.</param>
    /// <param name="labels">The labels, 0 or 1.</param>
    /// <param name="domain">Each row's domain, [B].</param>
    /// <param name="reduction">How to reduce.</param>
    public Tensor Compute(
        Tensor logits,
        Tensor labels,
        Tensor domain,
        LossReduction reduction = LossReduction.PerDomainMean
    )
    {
        var target = labels.to_type(logits.dtype);
        var perOutput = nn.functional.binary_cross_entropy_with_logits(logits, target, reduction: nn.Reduction.None);
        if (reduction == LossReduction.PlainMean)
        {
            return perOutput.mean();
        }

        // 1 / (rows of the row's own domain): a domain without rows never appears, so nothing divides by zero
        var counts = bincount(domain, null, domains).to_type(logits.dtype);
        var rowWeight = counts.index_select(0, domain).reciprocal();
        var weights = tensor(taskWeights, device: logits.device, dtype: logits.dtype);
        return (perOutput * rowWeight.unsqueeze(1) * weights).sum();
    }
}
