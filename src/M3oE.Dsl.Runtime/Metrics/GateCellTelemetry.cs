using System.Collections.Generic;

namespace M3oE.Dsl.Runtime.Metrics;

/// <summary>How the gate of one (domain, task) cell used its experts over the rows of that domain.</summary>
/// <param name="Domain">The domain index.</param>
/// <param name="Task">The task index.</param>
/// <param name="Rows">The rows of the domain seen.</param>
/// <param name="MeanWeights">The mean gate weight of every expert (empty when the domain had no rows).</param>
/// <param name="MeanEntropy">The mean entropy of the gate (natural log); ln N means uniform, 0 one expert only.
/// Null when the domain had no rows.</param>
public sealed record GateCellTelemetry(
    int Domain,
    int Task,
    long Rows,
    IReadOnlyList<double> MeanWeights,
    double? MeanEntropy
);
