using System;
using System.Collections.Generic;
using static TorchSharp.torch;

namespace M3oE.Dsl.Runtime.Metrics;

/// <summary>
/// Collects predictions over a whole evaluation set and computes exact per-cell metrics at the end (metrics are
/// never averaged over batches).
/// </summary>
public sealed class EvaluationAccumulator
{
    private readonly int domains;
    private readonly int tasks;
    private readonly List<float> probabilities = new();
    private readonly List<float> labels = new();
    private readonly List<long> domainOfRow = new();
    private readonly List<long> groupOfRow = new();
    private bool hasGroups = true;
    private double lossSum;
    private long lossBatches;

    /// <summary>Creates an empty accumulator for <paramref name="domains"/> x <paramref name="tasks"/> cells.</summary>
    public EvaluationAccumulator(int domains, int tasks)
    {
        this.domains = domains;
        this.tasks = tasks;
    }

    /// <summary>The number of rows added.</summary>
    public long Rows => domainOfRow.Count;

    /// <summary>Adds one batch: probabilities and labels [B, T], domains [B], optional group keys [B].</summary>
    public void Add(Tensor probabilities, Tensor labels, Tensor domain, Tensor? group = null)
    {
        this.probabilities.AddRange(probabilities.detach().cpu().to_type(ScalarType.Float32).data<float>());
        this.labels.AddRange(labels.cpu().to_type(ScalarType.Float32).data<float>());
        domainOfRow.AddRange(domain.cpu().to_type(ScalarType.Int64).data<long>());
        if (group is null)
        {
            hasGroups = false;
        }
        else
        {
            groupOfRow.AddRange(group.cpu().to_type(ScalarType.Int64).data<long>());
        }
    }

    /// <summary>Adds the loss of one batch to the mean loss reported with the metrics.</summary>
    public void AddLoss(double loss)
    {
        lossSum += loss;
        lossBatches++;
    }

    /// <summary>Computes the metrics of every cell.</summary>
    public EvaluationMetrics Compute()
    {
        var rowsByDomain = new List<int>[domains];
        for (var d = 0; d < domains; d++)
        {
            rowsByDomain[d] = new List<int>();
        }

        for (var row = 0; row < domainOfRow.Count; row++)
        {
            var d = domainOfRow[row];
            if (d < 0 || d >= domains)
            {
                throw new InvalidOperationException($"Row {row} has domain {d}, outside 0..{domains - 1}.");
            }

            rowsByDomain[d].Add(row);
        }

        var cells = new List<CellMetrics>(domains * tasks);
        var scores = new List<double>();
        var truth = new List<double>();
        var groups = new List<long>();
        for (var d = 0; d < domains; d++)
        {
            for (var t = 0; t < tasks; t++)
            {
                scores.Clear();
                truth.Clear();
                groups.Clear();
                long positives = 0;
                foreach (var row in rowsByDomain[d])
                {
                    scores.Add(probabilities[row * tasks + t]);
                    var label = labels[row * tasks + t];
                    truth.Add(label);
                    positives += label > 0.5f ? 1 : 0;
                    if (hasGroups)
                    {
                        groups.Add(groupOfRow[row]);
                    }
                }

                var groupAuc = hasGroups && scores.Count > 0 ? BinaryMetrics.GroupAuc(scores, truth, groups) : null;
                cells.Add(
                    new CellMetrics(
                        d,
                        t,
                        scores.Count,
                        positives,
                        BinaryMetrics.Auc(scores, truth),
                        BinaryMetrics.LogLoss(scores, truth),
                        groupAuc
                    )
                );
            }
        }

        return new EvaluationMetrics(domains, tasks, cells, lossBatches == 0 ? null : lossSum / lossBatches);
    }
}
