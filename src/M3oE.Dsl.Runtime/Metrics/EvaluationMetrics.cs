using System;
using System.Collections.Generic;

namespace M3oE.Dsl.Runtime.Metrics;

/// <summary>
/// The metrics of an evaluation set: one entry per (domain, task) cell and the means over the cells where a
/// metric is defined. Cells where the AUC is undefined (one class only) are listed, not counted as 0.5.
/// </summary>
public sealed class EvaluationMetrics
{
    /// <summary>Creates the summary from the cells.</summary>
    public EvaluationMetrics(int domains, int tasks, IReadOnlyList<CellMetrics> cells, double? loss)
    {
        Domains = domains;
        Tasks = tasks;
        Cells = cells;
        Loss = loss;

        var undefined = new List<(int Domain, int Task)>();
        foreach (var cell in cells)
        {
            if (cell.Auc is null)
            {
                undefined.Add((cell.Domain, cell.Task));
            }
        }

        UndefinedAucCells = undefined;
        MeanAuc = Mean(cells, c => c.Auc);
        MeanLogLoss = Mean(cells, c => c.LogLoss);
        MeanGroupAuc = Mean(cells, c => c.GroupAuc);
    }

    /// <summary>The number of domains.</summary>
    public int Domains { get; }

    /// <summary>The number of tasks.</summary>
    public int Tasks { get; }

    /// <summary>The cells in order domain-major: index d * T + t.</summary>
    public IReadOnlyList<CellMetrics> Cells { get; }

    /// <summary>The mean AUC over the cells where it is defined; null when it is defined nowhere.</summary>
    public double? MeanAuc { get; }

    /// <summary>The mean log loss over the cells that have rows.</summary>
    public double? MeanLogLoss { get; }

    /// <summary>The mean grouped AUC over the cells where it is defined.</summary>
    public double? MeanGroupAuc { get; }

    /// <summary>The training objective averaged over the evaluation batches, when it was computed.</summary>
    public double? Loss { get; }

    /// <summary>The cells whose AUC is undefined because they hold one class only (or no rows).</summary>
    public IReadOnlyList<(int Domain, int Task)> UndefinedAucCells { get; }

    /// <summary>The metrics of cell (domain, task).</summary>
    public CellMetrics Cell(int domain, int task) => Cells[domain * Tasks + task];

    /// <summary>The value of a summary metric, or null when undefined.</summary>
    public double? Value(Metric metric) =>
        metric switch
        {
            Metric.MeanAuc => MeanAuc,
            Metric.MeanLogLoss => MeanLogLoss,
            Metric.MeanGroupAuc => MeanGroupAuc,
            Metric.Loss => Loss,
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
        };

    private static double? Mean(IReadOnlyList<CellMetrics> cells, Func<CellMetrics, double?> pick)
    {
        double sum = 0;
        var count = 0;
        foreach (var cell in cells)
        {
            if (pick(cell) is { } value)
            {
                sum += value;
                count++;
            }
        }

        return count == 0 ? null : sum / count;
    }
}
