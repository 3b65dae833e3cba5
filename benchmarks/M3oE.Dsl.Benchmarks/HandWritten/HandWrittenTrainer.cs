using System;
using System.Collections.Generic;
using System.Linq;
using M3oE.Dsl.Runtime.Data;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace M3oE.Dsl.Benchmarks.HandWritten;

/// <summary>
/// The training step of the hand-written model: Adam on the weights (not on the four fusion scalars), the loss
/// summed over (domain, task) of the mean binary cross-entropy over each domain's rows, and the same order of
/// work per step as the product's trainer (clear gradients, forward, loss, read the loss, backward, update).
/// </summary>
public sealed class HandWrittenTrainer
{
    private readonly HandWrittenM3oE model;
    private readonly Adam optimizer;
    private readonly int domains;

    /// <summary>Creates the optimiser for <paramref name="model"/>.</summary>
    public HandWrittenTrainer(HandWrittenM3oE model, int domains, double learningRate, double weightDecay)
    {
        this.model = model;
        this.domains = domains;
        var scalars = new HashSet<Parameter>(model.FusionScalars, ReferenceEqualityComparer.Instance);
        var weights = model.parameters().Where(p => !scalars.Contains(p)).ToList();
        optimizer = optim.Adam(weights, learningRate, weight_decay: weightDecay);
    }

    /// <summary>Runs one step on <paramref name="batch"/> and returns the loss.</summary>
    /// <exception cref="InvalidOperationException">The loss is not finite.</exception>
    public float Step(Batch batch)
    {
        using var scope = NewDisposeScope();
        optimizer.zero_grad();
        var logits = model.forward(batch.Sparse, batch.Dense, batch.Domain);
        var loss = Loss(logits, batch.Labels, batch.Domain);
        var value = loss.item<float>();
        if (!float.IsFinite(value))
        {
            throw new InvalidOperationException($"The hand-written model's loss became {value}.");
        }

        loss.backward();
        optimizer.step();
        return value;
    }

    /// <summary>Probabilities [B, T] without gradients.</summary>
    public Tensor Predict(Batch batch) => model.forward(batch.Sparse, batch.Dense, batch.Domain).sigmoid();

    private Tensor Loss(Tensor logits, Tensor labels, Tensor domain)
    {
        // each row weighs one over the number of rows of its domain in the batch
        var perOutput = nn.functional.binary_cross_entropy_with_logits(logits, labels, reduction: nn.Reduction.None);
        var counts = bincount(domain, null, domains).to_type(logits.dtype);
        var rowWeight = counts.index_select(0, domain).reciprocal().unsqueeze(1);
        return (perOutput * rowWeight).sum();
    }
}
