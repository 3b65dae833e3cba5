using System.Collections.Generic;
using System.Linq;

namespace M3oE.Dsl.Cli.Experiments;

/// <summary>
/// Chooses a model's grid point: the one whose run on the tuning seed reached the highest mean validation AUC
/// (the first listed wins a tie). Test figures play no part.
/// </summary>
internal static class ModelSelection
{
    /// <summary>The chosen point, or null while no tuning run of the model has a validation AUC.</summary>
    public static GridPoint? Choose(IReadOnlyList<GridPoint> grid, IReadOnlyDictionary<string, RunResult> tuningRuns)
    {
        GridPoint? best = null;
        double bestAuc = double.NegativeInfinity;
        foreach (var point in grid)
        {
            if (tuningRuns.GetValueOrDefault(point.Key)?.Validation.MeanAuc is { } auc && auc > bestAuc)
            {
                best = point;
                bestAuc = auc;
            }
        }

        return best;
    }

    /// <summary>The tuning runs of <paramref name="model"/> on disk, by grid point key.</summary>
    public static Dictionary<string, RunResult> TuningRuns(ExperimentFile file, ExperimentModel model) =>
        file
            .Grid.Select(p => (p.Key, Result: ResultStore.TryRead(file, model, p, file.TuningSeed)))
            .Where(p => p.Result is not null)
            .ToDictionary(p => p.Key, p => p.Result!);
}
