using System.Collections.Generic;

namespace M3oE.Dsl.Cli.Experiments;

/// <summary>The figures of one split: every (domain, task) cell and the means over the cells.</summary>
/// <param name="Rows">The rows of the split.</param>
/// <param name="MeanAuc">The mean of the cells' AUCs (the overall AUC).</param>
/// <param name="MeanLogLoss">The mean of the cells' log losses.</param>
/// <param name="Cells">The cells, domain by domain, task by task.</param>
internal sealed record SplitFigures(long Rows, double? MeanAuc, double? MeanLogLoss, IReadOnlyList<CellFigures> Cells);
