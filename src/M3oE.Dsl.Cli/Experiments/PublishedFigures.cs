using System.Collections.Generic;

namespace M3oE.Dsl.Cli.Experiments;

/// <summary>
/// Figures a paper published for a model, as the experiment file quotes them (AUC and log loss x 100), shown
/// beside the measured ones; never used in any computation.
/// </summary>
/// <param name="Source">Where the figures come from, such as "paper, MovieLens-1M".</param>
/// <param name="Auc">The overall AUC x 100.</param>
/// <param name="LogLoss">The log loss x 100.</param>
/// <param name="Cells">The per-(domain, task) AUCs x 100, in the order of the measured cells.</param>
internal sealed record PublishedFigures(string Source, double? Auc, double? LogLoss, IReadOnlyList<double> Cells);
