namespace M3oE.Dsl.Cli.Experiments;

/// <summary>The AUC and log loss of one (domain, task) cell of one split.</summary>
internal sealed record CellFigures(string Domain, string Task, long Rows, long Positives, double? Auc, double? LogLoss);
