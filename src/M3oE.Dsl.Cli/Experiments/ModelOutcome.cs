using System.Collections.Generic;
using System.Linq;

namespace M3oE.Dsl.Cli.Experiments;

/// <summary>What the results files on disk say about one model: its tuning runs, its chosen point and its runs
/// at that point, by seed.</summary>
internal sealed record ModelOutcome(
    ExperimentModel Model,
    IReadOnlyDictionary<string, RunResult> Tuning,
    GridPoint? Chosen,
    IReadOnlyDictionary<int, RunResult> Final
)
{
    public static ModelOutcome Load(ExperimentFile file, ExperimentModel model)
    {
        var tuning = ModelSelection.TuningRuns(file, model);
        var chosen = ModelSelection.Choose(file.Grid, tuning);
        var final = new Dictionary<int, RunResult>();
        if (chosen is not null)
        {
            foreach (var seed in file.Seeds)
            {
                if (ResultStore.TryRead(file, model, chosen, seed) is { } result)
                {
                    final[seed] = result;
                }
            }
        }

        return new ModelOutcome(model, tuning, chosen, final);
    }

    /// <summary>The test overall AUC of every final run, by seed.</summary>
    public IReadOnlyDictionary<int, double> TestAuc =>
        Final.Where(p => p.Value.Test.MeanAuc is not null).ToDictionary(p => p.Key, p => p.Value.Test.MeanAuc!.Value);

    public Summary? Auc => SeedStatistics.Summarise(TestAuc.Values.ToList());

    public Summary? LogLoss =>
        SeedStatistics.Summarise(Final.Values.Select(r => r.Test.MeanLogLoss).OfType<double>().ToList());

    /// <summary>The mean over seeds of one (domain, task) cell's test AUC.</summary>
    public Summary? CellAuc(string domain, string task) =>
        SeedStatistics.Summarise(
            Final
                .Values.Select(r => r.Test.Cells.FirstOrDefault(c => c.Domain == domain && c.Task == task)?.Auc)
                .OfType<double>()
                .ToList()
        );
}
