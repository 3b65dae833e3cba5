using System;
using System.Collections.Generic;
using M3oE.Dsl.Runtime.Data;
using M3oE.Dsl.Runtime.Models;
using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Metrics;

/// <summary>Measures how the gates of a gated model use their experts, per (domain, task) cell.</summary>
public static class GateTelemetry
{
    /// <summary>
    /// Runs <paramref name="model"/> over <paramref name="source"/> (eval mode, no gradients) and returns, in
    /// domain-major order, each cell's mean gate weights and mean gate entropy over the rows of its domain.
    /// </summary>
    public static IReadOnlyList<GateCellTelemetry> Measure(MultiDomainModel model, IBatchSource source)
    {
        if (model is not IGatedModel gated)
        {
            throw new ArgumentException($"{model.GetType().Name} has no gates to measure.", nameof(model));
        }

        int domains = model.Domains,
            tasks = model.Tasks,
            experts = gated.GatedExperts;
        var weightSums = new double[domains * tasks * experts];
        var entropySums = new double[domains * tasks];
        var rows = new long[domains];

        model.eval();
        using (no_grad())
        {
            foreach (var batch in source.Batches(0))
            {
                using (batch)
                using (NewDisposeScope())
                {
                    // per-domain sums without a loop over cells: one-hot(domain)^T @ values
                    var gates = gated.GateWeights(batch).to_type(ScalarType.Float64);
                    var count = gates.shape[0];
                    var oneHot = nn.functional.one_hot(batch.Domain, domains).to_type(ScalarType.Float64);
                    var weights = oneHot.t().matmul(gates.reshape(count, (long)tasks * experts));
                    var entropy = -(gates * gates.clamp_min(1e-12).log()).sum(2);
                    var entropies = oneHot.t().matmul(entropy);
                    var perDomain = oneHot.sum(dim: 0);

                    Add(weightSums, weights.data<double>());
                    Add(entropySums, entropies.data<double>());
                    var counts = perDomain.data<double>();
                    for (var d = 0; d < domains; d++)
                    {
                        rows[d] += (long)counts[d];
                    }
                }
            }
        }

        model.train();
        var cells = new List<GateCellTelemetry>(domains * tasks);
        for (var d = 0; d < domains; d++)
        {
            for (var t = 0; t < tasks; t++)
            {
                if (rows[d] == 0)
                {
                    cells.Add(new GateCellTelemetry(d, t, 0, Array.Empty<double>(), null));
                    continue;
                }

                var mean = new double[experts];
                for (var n = 0; n < experts; n++)
                {
                    mean[n] = weightSums[(d * tasks + t) * experts + n] / rows[d];
                }

                cells.Add(new GateCellTelemetry(d, t, rows[d], mean, entropySums[d * tasks + t] / rows[d]));
            }
        }

        return cells;
    }

    private static void Add(double[] target, TorchSharp.Utils.TensorAccessor<double> values)
    {
        var i = 0;
        foreach (var value in values)
        {
            target[i++] += value;
        }
    }
}
