using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using M3oE.Dsl.Language.Model;
using M3oE.Dsl.Runtime.Metrics;
using Spectre.Console;

namespace M3oE.Dsl.Cli.Training;

/// <summary>The per-(domain, task) figures of an evaluation, named after the spec, and their table.</summary>
internal static class MetricsTable
{
    public static List<CellResult> Cells(ModelSpec spec, EvaluationMetrics metrics) =>
        metrics
            .Cells.Select(c => new CellResult(
                c.Domain < spec.Domains.Domains.Count ? spec.Domains.Domains[c.Domain].Name : $"domain {c.Domain}",
                c.Task < spec.Tasks.Count ? spec.Tasks[c.Task].Name : $"task {c.Task}",
                c.Rows,
                c.Positives,
                c.Auc,
                c.LogLoss
            ))
            .ToList();

    public static Table Table(RunSummary summary)
    {
        var table = new Table()
            .AddColumn("domain")
            .AddColumn("task")
            .AddColumn(new TableColumn("rows").RightAligned())
            .AddColumn(new TableColumn("AUC").RightAligned())
            .AddColumn(new TableColumn("log loss").RightAligned());
        foreach (var cell in summary.Cells)
        {
            table.AddRow(
                Markup.Escape(cell.Domain),
                Markup.Escape(cell.Task),
                cell.Rows.ToString(CultureInfo.InvariantCulture),
                Figure(cell.Auc),
                Figure(cell.LogLoss)
            );
        }

        table.AddEmptyRow();
        table.AddRow("mean", string.Empty, string.Empty, Figure(summary.MeanAuc), Figure(summary.MeanLogLoss));
        return table;
    }

    public static string Figure(double? value) => value is { } v ? v.ToString("F4", CultureInfo.InvariantCulture) : "-";
}
