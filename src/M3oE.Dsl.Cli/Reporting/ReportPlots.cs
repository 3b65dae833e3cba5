using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ScottPlot;

namespace M3oE.Dsl.Cli.Reporting;

/// <summary>The report's PNG plots, drawn with ScottPlot.</summary>
internal static class ReportPlots
{
    private const int Width = 960;
    private const int Height = 600;

    /// <summary>Validation AUC per (domain, task) cell over the epochs, a line per cell, the mean dashed.</summary>
    public static void LearningCurves(RunRecords run, string path)
    {
        var plot = new Plot();
        var epochs = run.Epochs;
        foreach (var domain in run.Domains)
        {
            foreach (var task in run.Tasks)
            {
                var points = epochs.Where(e => e.CellAuc.ContainsKey((domain, task))).ToList();
                if (points.Count == 0)
                {
                    continue;
                }

                var line = plot.Add.Scatter(
                    points.Select(e => (double)e.Epoch).ToArray(),
                    points.Select(e => e.CellAuc[(domain, task)]).ToArray()
                );
                line.LegendText = $"{domain} / {task}";
                line.MarkerSize = 5;
            }
        }

        var means = epochs.Where(e => e.MeanAuc is not null).ToList();
        if (means.Count > 0)
        {
            var mean = plot.Add.Scatter(
                means.Select(e => (double)e.Epoch).ToArray(),
                means.Select(e => e.MeanAuc!.Value).ToArray()
            );
            mean.LegendText = "mean";
            mean.LineWidth = 3;
            mean.LinePattern = LinePattern.Dashed;
            mean.Color = Colors.Black;
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Title($"{run.Model}: validation AUC per (domain, task)");
        plot.XLabel("epoch");
        plot.YLabel("validation AUC");
        plot.ShowLegend(Edge.Right);
        plot.SavePng(path, Width, Height);
    }

    /// <summary>The training and validation loss over the epochs.</summary>
    public static void Losses(RunRecords run, string path)
    {
        var plot = new Plot();
        Add(plot, run.Epochs, e => e.TrainLoss, "training loss");
        Add(plot, run.Epochs, e => e.ValidationLoss, "validation loss");
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Title($"{run.Model}: loss per epoch");
        plot.XLabel("epoch");
        plot.YLabel("loss (sum over cells)");
        plot.ShowLegend(Edge.Right);
        plot.SavePng(path, Width, Height);
    }

    /// <summary>The final AUC of every cell as a (domain x task) heat map, each cell labelled with its value.</summary>
    public static void AucHeatMap(RunRecords run, string path)
    {
        var domains = run.Domains;
        var tasks = run.Tasks;
        var values = new double[domains.Count, tasks.Count];
        for (var d = 0; d < domains.Count; d++)
        {
            for (var t = 0; t < tasks.Count; t++)
            {
                var cell = run.Cells.FirstOrDefault(c => c.Domain == domains[d] && c.Task == tasks[t]);
                values[d, t] = cell.Auc ?? double.NaN;
            }
        }

        var plot = new Plot();
        var map = plot.Add.Heatmap(values);
        map.Colormap = new ScottPlot.Colormaps.Viridis();
        var finite = values.Cast<double>().Where(double.IsFinite).ToList();
        if (finite.Count > 0)
        {
            map.ManualRange = new ScottPlot.Range(Math.Min(0.5, finite.Min()), Math.Max(finite.Max(), 0.5 + 1e-6));
        }

        plot.Add.ColorBar(map);
        Label(plot, values, v => v.ToString("F4", CultureInfo.InvariantCulture));
        Ticks(plot, tasks, domains);
        plot.Title($"{run.Model}: {run.Split} AUC per (domain, task)");
        plot.XLabel("task");
        plot.YLabel("domain");
        plot.SavePng(path, Width, Height);
    }

    /// <summary>The mean gate weight of every expert in every cell: a heat map of cells x experts.</summary>
    public static void GateUtilisation(string model, IReadOnlyList<GateUse> gates, string path)
    {
        var experts = gates.Max(g => g.Weights.Count);
        var values = new double[gates.Count, experts];
        for (var c = 0; c < gates.Count; c++)
        {
            for (var e = 0; e < experts; e++)
            {
                values[c, e] = e < gates[c].Weights.Count ? gates[c].Weights[e] : double.NaN;
            }
        }

        var plot = new Plot();
        var map = plot.Add.Heatmap(values);
        map.Colormap = new ScottPlot.Colormaps.Viridis();
        map.ManualRange = new ScottPlot.Range(0, 1);
        plot.Add.ColorBar(map);
        Label(plot, values, v => v.ToString("F2", CultureInfo.InvariantCulture));
        Ticks(
            plot,
            Enumerable.Range(1, experts).Select(e => $"expert {e}").ToList(),
            gates.Select(g => $"{g.Domain} / {g.Task}").ToList()
        );
        plot.Title($"{model}: mean gate weight per expert");
        plot.XLabel("gated expert");
        plot.YLabel("(domain, task) gate");
        plot.SavePng(path, Width, Height);
    }

    private static void Add(Plot plot, IReadOnlyList<EpochRecord> epochs, Func<EpochRecord, double?> value, string name)
    {
        var points = epochs.Where(e => value(e) is not null).ToList();
        if (points.Count == 0)
        {
            return;
        }

        var line = plot.Add.Scatter(
            points.Select(e => (double)e.Epoch).ToArray(),
            points.Select(e => value(e)!.Value).ToArray()
        );
        line.LegendText = name;
    }

    /// <summary>Writes each value at the centre of its heat map cell; row 0 is drawn at the top.</summary>
    private static void Label(Plot plot, double[,] values, Func<double, string> format)
    {
        var rows = values.GetLength(0);
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < values.GetLength(1); c++)
            {
                if (!double.IsFinite(values[r, c]))
                {
                    continue;
                }

                var text = plot.Add.Text(format(values[r, c]), c, rows - 1 - r);
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontColor = Colors.White;
                text.LabelFontSize = 16;
                text.LabelBackgroundColor = Colors.Black.WithAlpha(0.4);
            }
        }
    }

    private static void Ticks(Plot plot, IReadOnlyList<string> columns, IReadOnlyList<string> rows)
    {
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, columns.Count).Select(i => (double)i).ToArray(),
            columns.ToArray()
        );
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, rows.Count).Select(i => (double)(rows.Count - 1 - i)).ToArray(),
            rows.ToArray()
        );
    }
}
