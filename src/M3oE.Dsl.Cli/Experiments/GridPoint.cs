using System.Globalization;

namespace M3oE.Dsl.Cli.Experiments;

/// <summary>
/// One point of an experiment's tuning grid: the weight learning rate and, when the grid names one, the batch
/// size. Every model of an experiment is tried on the same points.
/// </summary>
/// <param name="LearningRate">The learning rate of the weight optimiser.</param>
/// <param name="Batch">The rows per batch; null keeps the spec's.</param>
internal sealed record GridPoint(double LearningRate, int? Batch)
{
    /// <summary>A name safe for file names, such as <c>lr-0.01_batch-4096</c>.</summary>
    public string Key =>
        "lr-"
        + LearningRate.ToString("R", CultureInfo.InvariantCulture)
        + (Batch is { } batch ? "_batch-" + batch.ToString(CultureInfo.InvariantCulture) : string.Empty);

    /// <summary>A name for tables, such as <c>lr 0.01, batch 4096</c>.</summary>
    public string Label =>
        "lr "
        + LearningRate.ToString("R", CultureInfo.InvariantCulture)
        + (Batch is { } batch ? ", batch " + batch.ToString(CultureInfo.InvariantCulture) : string.Empty);
}
