namespace M3oE.Dsl.Cli.Training;

/// <summary>The final figures of one (domain, task) cell.</summary>
internal sealed record CellResult(string Domain, string Task, long Rows, long Positives, double? Auc, double? LogLoss);
