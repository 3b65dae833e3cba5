namespace M3oE.Dsl.Runtime.Metrics;

/// <summary>The metrics of one (domain, task) cell over a whole evaluation set.</summary>
/// <param name="Domain">The domain index.</param>
/// <param name="Task">The task index.</param>
/// <param name="Rows">The number of rows of the domain.</param>
/// <param name="Positives">The number of positive labels among them.</param>
/// <param name="Auc">The AUC; null when the cell holds one class only.</param>
/// <param name="LogLoss">The log loss; null when the cell has no rows.</param>
/// <param name="GroupAuc">The grouped AUC; null without group keys or without a group holding both classes.</param>
public sealed record CellMetrics(
    int Domain,
    int Task,
    long Rows,
    long Positives,
    double? Auc,
    double? LogLoss,
    double? GroupAuc
);
