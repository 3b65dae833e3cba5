using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace M3oE.Dsl.Cli.Experiments;

/// <summary>
/// The Markdown report of an experiment, built only from its results files: test AUC per (domain, task), overall
/// AUC and log loss over seeds, the tuning, the fusion weights, the ablations and the paired differences with the
/// reference model. AUC and log loss are shown x 100, as papers of this field print them.
/// </summary>
internal static class ExperimentReport
{
    public static string Build(ExperimentFile file, string command)
    {
        var outcomes = file.Models.Select(m => ModelOutcome.Load(file, m)).ToList();
        var runs = outcomes
            .SelectMany(o => o.Tuning.Values.Concat(o.Final.Values))
            .DistinctBy(r => (r.Model, r.PointKey, r.Seed))
            .ToList();
        var cells = outcomes
            .SelectMany(o => o.Final.Values)
            .Select(r => r.Test.Cells)
            .FirstOrDefault()
            ?.Select(c => (c.Domain, c.Task))
            .ToList()
            ?? [];
        var reference = outcomes.FirstOrDefault(o => o.Model.Role == ModelRole.Reference);

        var text = new StringBuilder();
        text.Append("# ").Append(file.Title).Append("\n\n");
        text.Append("This file is written by `m3oec experiment` from the results files of the runs; every figure ")
            .Append("below is computed from them, and the test figures from the predictions each run wrote. ")
            .Append("To run the experiment again (runs already on disk are skipped) and rewrite this file, from ")
            .Append("the repository root:\n\n```\n")
            .Append(command)
            .Append("\n```\n\n");

        Setup(text, file, runs);
        Outcome(text, outcomes, reference);
        MainTable(text, outcomes, cells);
        Paired(text, outcomes, reference);
        Ablations(text, outcomes, reference);
        FusionWeights(text, outcomes);
        Tuning(text, file, outcomes);
        Published(text, outcomes, cells);

        if (file.Notes.Count > 0)
        {
            text.Append("## Discussion\n\n");
            foreach (var note in file.Notes)
            {
                text.Append(note).Append("\n\n");
            }
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>x 100 with two decimals; a dash for none.</summary>
    public static string Percent(double? value) => Plain(100 * value);

    /// <summary>The mean x 100 with its standard deviation, such as <c>77.02 ± 0.31</c>.</summary>
    public static string Percent(Summary? summary) =>
        summary is null ? "-"
        : summary.StandardDeviation is { } sd ? $"{Percent(summary.Mean)} ± {Percent(sd)}"
        : Percent(summary.Mean);

    private static void Setup(StringBuilder text, ExperimentFile file, IReadOnlyList<RunResult> runs)
    {
        var data = Path.GetRelativePath(Directory.GetCurrentDirectory(), file.Data).Replace('\\', '/');
        var output = Path.GetRelativePath(Directory.GetCurrentDirectory(), file.Output).Replace('\\', '/');
        var sample = runs.FirstOrDefault();
        text.Append("## Setup\n\n");
        text.Append($"- Data: `{data}`");
        if (sample is not null)
        {
            text.Append(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"; {sample.Train:N0} training, {sample.Validation.Rows:N0} validation and "
                        + $"{sample.Test.Rows:N0} test rows on seed {sample.Seed} (a random split by the specs' "
                        + $"ratios, drawn again for every seed)"
                )
            );
        }

        text.Append(".\n");
        text.Append($"- Seeds: {string.Join(", ", file.Seeds)}. Each seed draws the split, the initial weights, ")
            .Append("the shuffling and everything random in training.\n");
        text.Append($"- Epoch cap: {file.Epochs}. Early stopping on the mean validation AUC over the (domain, task) ")
            .Append("cells and the restore of the best epoch's weights are as each spec's train section says; the ")
            .Append("test figures are those of the restored weights.\n");
        text.Append(
            $"- Tuning budget, the same for every model: {file.Grid.Count} grid point"
                + (file.Grid.Count == 1 ? string.Empty : "s")
                + $" ({string.Join("; ", file.Grid.Select(p => p.Label))}), each trained once on seed "
                + $"{file.TuningSeed}; the point with the highest mean validation AUC is then trained on every "
                + "seed. Everything else is as each spec says.\n"
        );
        if (runs.Count > 0)
        {
            var seconds = runs.Sum(r => r.Seconds);
            var first = runs.Min(r => Started(r));
            var last = runs.Max(r => Started(r).AddSeconds(r.Seconds));
            text.Append(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"- Time: {runs.Count} runs took {seconds / 60:F1} min of training in all; from the start of the "
                        + $"first to the end of the last, {(last - first).TotalMinutes:F1} min "
                        + $"({first:yyyy-MM-dd HH:mm} to {last:HH:mm} UTC) on {sample!.Machine}.\n"
                )
            );
        }

        if (file.Threads is { } threads)
        {
            text.Append($"- Threads: TorchSharp was limited to {threads} thread")
                .Append(threads == 1 ? string.Empty : "s")
                .Append(" per process, as the experiment file says.\n");
        }

        text.Append($"- Results and predictions: `{output}` (one `seed-N.json` and `seed-N.predictions.csv` per ")
            .Append("run, under the model and grid point).\n\n");
    }

    private static void Outcome(StringBuilder text, IReadOnlyList<ModelOutcome> outcomes, ModelOutcome? reference)
    {
        var ranked = outcomes.Where(o => o.Auc is not null).OrderByDescending(o => o.Auc!.Mean).ToList();
        if (ranked.Count == 0)
        {
            text.Append("No run has finished yet.\n\n");
            return;
        }

        text.Append("## Outcome\n\n");
        text.Append("Ranked by mean test AUC: ")
            .Append(string.Join(", ", ranked.Select(o => $"{o.Model.Name} {Percent(o.Auc!.Mean)}")))
            .Append(".");
        if (reference?.Auc is not null)
        {
            var rank = ranked.IndexOf(reference) + 1;
            var behind = ranked.Take(rank - 1).Select(o => o.Model.Name).ToList();
            text.Append($" {reference.Model.Name} ranks {rank} of {ranked.Count}");
            text.Append(behind.Count == 0 ? "." : $", behind {string.Join(", ", behind)}.");
        }

        text.Append("\n\n");
    }

    private static void MainTable(
        StringBuilder text,
        IReadOnlyList<ModelOutcome> outcomes,
        IReadOnlyList<(string Domain, string Task)> cells
    )
    {
        text.Append("## Test AUC per (domain, task), overall AUC and log loss\n\n");
        text.Append("Means over seeds, x 100; overall AUC is the mean of the cells' AUCs, log loss the mean of ")
            .Append("theirs; ± is the standard deviation over seeds.\n\n");
        var header = new List<string> { "model", "role" };
        header.AddRange(cells.Select(c => $"{c.Domain} {c.Task}"));
        header.AddRange(["overall AUC", "log loss", "seeds", "epochs (best)"]);
        var table = new MarkdownTable(header.ToArray());
        foreach (var outcome in outcomes)
        {
            var row = new List<string> { outcome.Model.Name, outcome.Model.Role.ToString().ToLowerInvariant() };
            row.AddRange(cells.Select(c => Percent(outcome.CellAuc(c.Domain, c.Task)?.Mean)));
            row.Add(Percent(outcome.Auc));
            row.Add(Percent(outcome.LogLoss));
            row.Add(outcome.Final.Count.ToString(CultureInfo.InvariantCulture));
            row.Add(
                outcome.Final.Count == 0
                    ? "-"
                    : string.Create(
                        CultureInfo.InvariantCulture,
                        $"{outcome.Final.Values.Average(r => r.Epochs):F1} "
                            + $"({outcome.Final.Values.Average(r => r.BestEpoch):F1})"
                    )
            );
            table.Add(row.ToArray());
        }

        table.WriteTo(text);
    }

    private static void Paired(StringBuilder text, IReadOnlyList<ModelOutcome> outcomes, ModelOutcome? reference)
    {
        if (reference is null || reference.TestAuc.Count == 0)
        {
            return;
        }

        var name = reference.Model.Name;
        text.Append($"## {name} against each model, paired by seed\n\n");
        text.Append($"For each seed both ran, {name}'s overall test AUC minus the other model's (same split, same ")
            .Append("seed), x 100: the mean and standard deviation of that difference, its range, and on how many ")
            .Append($"seeds {name} was ahead.\n\n");
        var table = new MarkdownTable("model", $"{name} − model", "smallest", "largest", $"{name} ahead");
        foreach (var other in outcomes.Where(o => o != reference))
        {
            if (SeedStatistics.Paired(reference.TestAuc, other.TestAuc) is not { } paired)
            {
                continue;
            }

            table.Add(
                other.Model.Name,
                Percent(paired.Difference),
                Percent(paired.Smallest),
                Percent(paired.Largest),
                $"{paired.Wins} of {paired.Difference.Count}"
            );
        }

        table.WriteTo(text);
    }

    private static void Ablations(StringBuilder text, IReadOnlyList<ModelOutcome> outcomes, ModelOutcome? reference)
    {
        var ablations = outcomes.Where(o => o.Model.Role == ModelRole.Ablation).ToList();
        if (reference is null || ablations.Count == 0)
        {
            return;
        }

        var name = reference.Model.Name;
        text.Append("## Ablations\n\n");
        text.Append($"Overall test AUC x 100 (mean ± sd over seeds); the change is the variant minus {name}, paired ")
            .Append("by seed. The published columns quote the paper as the experiment file does.\n\n");
        var table = new MarkdownTable("model", "overall AUC", $"change vs {name}", "published AUC", "published change");
        var published = reference.Model.Published?.Auc;
        table.Add(name, Percent(reference.Auc), "-", Plain(published), "-");
        foreach (var ablation in ablations)
        {
            var change = SeedStatistics.Paired(ablation.TestAuc, reference.TestAuc);
            var theirs = ablation.Model.Published?.Auc;
            table.Add(
                ablation.Model.Name,
                Percent(ablation.Auc),
                Percent(change?.Difference),
                Plain(theirs),
                theirs is { } a && published is { } b ? Plain(a - b) : "-"
            );
        }

        table.WriteTo(text);
    }

    private static void FusionWeights(StringBuilder text, IReadOnlyList<ModelOutcome> outcomes)
    {
        var weighted = outcomes.Where(o => o.Final.Values.Any(r => r.FusionWeights.Count > 0)).ToList();
        if (weighted.Count == 0)
        {
            return;
        }

        var names = weighted.SelectMany(o => o.Final.Values.SelectMany(r => r.FusionWeights.Keys)).Distinct().ToList();
        text.Append("## Fusion weights after training\n\n");
        text.Append("The structure weights each model ended with (after the sigmoid of a learned scalar, or the ")
            .Append("fixed value), mean ± sd over seeds. Level 1 (beta) weighs a module's own domain or task expert ")
            .Append("against the others; level 2 (alpha) weighs the domain and task modules added to the shared ")
            .Append("part. Learned weights start at sigmoid(1) = 0.731.\n\n");
        var header = new List<string> { "model" };
        header.AddRange(names);
        var table = new MarkdownTable(header.ToArray());
        foreach (var outcome in weighted)
        {
            var row = new List<string> { outcome.Model.Name };
            foreach (var weight in names)
            {
                var values = outcome
                    .Final.Values.Where(r => r.FusionWeights.ContainsKey(weight))
                    .Select(r => r.FusionWeights[weight])
                    .ToList();
                var summary = SeedStatistics.Summarise(values);
                row.Add(
                    summary is null ? "-"
                    : summary.StandardDeviation is { } sd
                        ? string.Create(CultureInfo.InvariantCulture, $"{summary.Mean:F4} ± {sd:F4}")
                    : summary.Mean.ToString("F4", CultureInfo.InvariantCulture)
                );
            }

            table.Add(row.ToArray());
        }

        table.WriteTo(text);
    }

    private static void Tuning(StringBuilder text, ExperimentFile file, IReadOnlyList<ModelOutcome> outcomes)
    {
        text.Append("## Tuning\n\n");
        text.Append($"Mean validation AUC x 100 of each grid point on seed {file.TuningSeed}; the chosen point is ")
            .Append("marked with *.\n\n");
        var header = new List<string> { "model" };
        header.AddRange(file.Grid.Select(p => p.Label));
        var table = new MarkdownTable(header.ToArray());
        foreach (var outcome in outcomes)
        {
            var row = new List<string> { outcome.Model.Name };
            foreach (var point in file.Grid)
            {
                var auc = outcome.Tuning.GetValueOrDefault(point.Key)?.Validation.MeanAuc;
                row.Add(Percent(auc) + (point == outcome.Chosen ? " *" : string.Empty));
            }

            table.Add(row.ToArray());
        }

        table.WriteTo(text);
    }

    private static void Published(
        StringBuilder text,
        IReadOnlyList<ModelOutcome> outcomes,
        IReadOnlyList<(string Domain, string Task)> cells
    )
    {
        var quoted = outcomes.Where(o => o.Model.Published is not null).ToList();
        if (quoted.Count == 0)
        {
            return;
        }

        text.Append("## Published figures beside the measured ones\n\n");
        text.Append("The published figures are quoted from the experiment file (AUC and log loss x 100); they come ")
            .Append("from other data and other training budgets, so the gaps between models matter more than the ")
            .Append("levels.\n\n");
        var table = new MarkdownTable(
            "model",
            "source",
            "published AUC",
            "measured AUC",
            "published log loss",
            "measured log loss"
        );
        foreach (var outcome in quoted)
        {
            var published = outcome.Model.Published!;
            table.Add(
                outcome.Model.Name,
                published.Source,
                Plain(published.Auc),
                Percent(outcome.Auc?.Mean),
                Plain(published.LogLoss),
                Percent(outcome.LogLoss?.Mean)
            );
        }

        table.WriteTo(text);

        var withCells = quoted.Where(o => o.Model.Published!.Cells.Count == cells.Count && cells.Count > 0).ToList();
        if (withCells.Count == 0)
        {
            return;
        }

        var header = new List<string> { "model (published / measured)" };
        header.AddRange(cells.Select(c => $"{c.Domain} {c.Task}"));
        var perCell = new MarkdownTable(header.ToArray());
        foreach (var outcome in withCells)
        {
            var row = new List<string> { outcome.Model.Name };
            row.AddRange(
                cells.Select(
                    (c, i) =>
                        Plain(outcome.Model.Published!.Cells[i])
                        + " / "
                        + Percent(outcome.CellAuc(c.Domain, c.Task)?.Mean)
                )
            );
            perCell.Add(row.ToArray());
        }

        perCell.WriteTo(text);
    }

    /// <summary>Two decimals; a value that rounds to zero is shown as 0.00, never -0.00.</summary>
    private static string Plain(double? value)
    {
        if (value is not { } v)
        {
            return "-";
        }

        var rounded = Math.Round(v, 2, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("F2", CultureInfo.InvariantCulture);
    }

    private static DateTime Started(RunResult result) =>
        DateTime.Parse(result.Started, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
}
