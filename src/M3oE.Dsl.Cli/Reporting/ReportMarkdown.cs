using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace M3oE.Dsl.Cli.Reporting;

/// <summary>The markdown summary of a run: its figures, its best epoch, its fusion weights and its plots.</summary>
internal static class ReportMarkdown
{
    public static string Write(
        RunRecords run,
        IReadOnlyList<(string File, string Caption)> plots,
        IReadOnlyList<GateUse>? gates,
        string? gateNote
    )
    {
        var text = new StringBuilder();
        text.Append("# ").Append(run.Model).Append('\n').Append('\n');
        var epochs = run.Epochs.Count;
        text.Append($"{Capitalised(run.Split)} metrics of the final weights, after {epochs} epochs: ");
        text.Append($"mean AUC {Figure(run.MeanAuc)}, mean log loss {Figure(run.MeanLogLoss)}.\n\n");
        text.Append("| domain | task | rows | AUC | log loss |\n|---|---|---:|---:|---:|\n");
        foreach (var cell in run.Cells)
        {
            text.Append(
                Invariant(
                    $"| {cell.Domain} | {cell.Task} | {cell.Rows} | {Figure(cell.Auc)} | {Figure(cell.LogLoss)} |\n"
                )
            );
        }

        text.Append('\n');
        var best = run.Epochs.Where(e => e.MeanAuc is not null).OrderByDescending(e => e.MeanAuc).FirstOrDefault();
        if (best is not null)
        {
            text.Append(
                Invariant(
                    $"The best validation mean AUC, {Figure(best.MeanAuc)}, was reached after epoch {best.Epoch}.\n\n"
                )
            );
        }

        var fusion = run.Fusion.Count > 0 ? run.Fusion : run.Epochs.LastOrDefault()?.Fusion;
        if (fusion is { Count: > 0 })
        {
            text.Append("## Fusion weights\n\n");
            text.Append("The structure weights of the final model, after their sigmoid:\n\n");
            text.Append("| weight | value |\n|---|---:|\n");
            foreach (var (name, value) in fusion.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Append(Invariant($"| {name} | {value:F4} |\n"));
            }

            text.Append('\n');
        }

        if (gates is not null)
        {
            text.Append("## Gates\n\n");
            text.Append("Mean gate weight per expert and mean gate entropy (natural log) per (domain, task):\n\n");
            var experts = gates.Max(g => g.Weights.Count);
            text.Append("| domain | task |");
            for (var e = 1; e <= experts; e++)
            {
                text.Append(Invariant($" expert {e} |"));
            }

            text.Append(" entropy |\n|---|---|")
                .Append(string.Concat(Enumerable.Repeat("---:|", experts + 1)))
                .Append('\n');
            foreach (var gate in gates)
            {
                text.Append($"| {gate.Domain} | {gate.Task} |");
                foreach (var weight in gate.Weights)
                {
                    text.Append(Invariant($" {weight:F3} |"));
                }

                text.Append(Invariant($" {Figure(gate.Entropy)} |\n"));
            }

            text.Append('\n');
        }
        else if (gateNote is not null)
        {
            text.Append("## Gates\n\n").Append(gateNote).Append("\n\n");
        }

        text.Append("## Plots\n\n");
        foreach (var (file, caption) in plots)
        {
            text.Append($"![{caption}]({file})\n\n");
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static string Capitalised(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Figure(double? value) =>
        value is { } v ? v.ToString("F4", CultureInfo.InvariantCulture) : "n/a";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
