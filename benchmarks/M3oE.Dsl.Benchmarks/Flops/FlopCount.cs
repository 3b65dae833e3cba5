using System.Collections.Generic;
using System.Linq;

namespace M3oE.Dsl.Benchmarks.Flops;

/// <summary>
/// The matrix-product operations of a model, per row of the forward pass. A training step is counted as three
/// forward passes: the backward pass of a product computes the gradient of its input and of its weight, each a
/// product of the same size as the forward one.
/// </summary>
/// <param name="InputWidth">The width F of the flattened input.</param>
/// <param name="Terms">Every product of the forward pass.</param>
public sealed record FlopCount(int InputWidth, IReadOnlyList<FlopTerm> Terms)
{
    /// <summary>The factor from forward to forward plus backward.</summary>
    public const int TrainingFactor = 3;

    /// <summary>The forward operations for one row.</summary>
    public long ForwardPerRow => Terms.Sum(t => t.ForwardPerRow);

    /// <summary>The forward operations for a batch of <paramref name="rows"/>.</summary>
    public double Forward(long rows) => (double)ForwardPerRow * rows;

    /// <summary>The operations of one training step on a batch of <paramref name="rows"/>.</summary>
    public double TrainingStep(long rows) => TrainingFactor * Forward(rows);
}
