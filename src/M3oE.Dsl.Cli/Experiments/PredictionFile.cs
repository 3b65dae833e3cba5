using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using M3oE.Dsl.Runtime.Metrics;

namespace M3oE.Dsl.Cli.Experiments;

/// <summary>
/// The test predictions of a run as CSV: <c>domain</c>, then one <c>TASK_label</c> column per task (0 or 1), then
/// one column per task with the predicted probability, written with round-trip precision.
/// </summary>
internal static class PredictionFile
{
    public const string LabelSuffix = "_label";

    public static void WriteHeader(TextWriter writer, IReadOnlyList<string> tasks)
    {
        writer.Write("domain");
        foreach (var task in tasks)
        {
            writer.Write(',');
            writer.Write(task + LabelSuffix);
        }

        foreach (var task in tasks)
        {
            writer.Write(',');
            writer.Write(task);
        }

        writer.Write('\n');
    }

    public static void WriteRow(
        StringBuilder line,
        string domain,
        ReadOnlySpan<float> labels,
        ReadOnlySpan<float> probabilities
    )
    {
        line.Append(domain);
        foreach (var label in labels)
        {
            line.Append(',').Append(label > 0.5f ? '1' : '0');
        }

        foreach (var probability in probabilities)
        {
            line.Append(',').Append(((double)probability).ToString("R", CultureInfo.InvariantCulture));
        }

        line.Append('\n');
    }

    /// <summary>
    /// The per-(domain, task) AUC and log loss of the file, cells ordered by <paramref name="domains"/> (domains
    /// the file does not name come after them) and by the file's task order.
    /// </summary>
    public static SplitFigures Figures(string path, IReadOnlyList<string> domains)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = (reader.ReadLine() ?? throw new FormatException($"'{path}' is empty.")).Split(',');
        var tasks = header.Skip(1).Where(c => c.EndsWith(LabelSuffix, StringComparison.Ordinal)).ToList();
        if (header.Length != 1 + 2 * tasks.Count || tasks.Count == 0)
        {
            throw new FormatException($"'{path}' does not have the header of a predictions file.");
        }

        var scores = new Dictionary<string, (List<double>[] Probabilities, List<double>[] Labels)>();
        var order = new List<string>(domains);
        long rows = 0;
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split(',');
            if (fields.Length != header.Length)
            {
                throw new FormatException($"{path}({lineNumber}): expected {header.Length} fields.");
            }

            if (!scores.TryGetValue(fields[0], out var cell))
            {
                cell = (NewLists(tasks.Count), NewLists(tasks.Count));
                scores[fields[0]] = cell;
                if (!order.Contains(fields[0]))
                {
                    order.Add(fields[0]);
                }
            }

            for (var t = 0; t < tasks.Count; t++)
            {
                cell.Labels[t].Add(Parse(fields[1 + t], path, lineNumber));
                cell.Probabilities[t].Add(Parse(fields[1 + tasks.Count + t], path, lineNumber));
            }

            rows++;
        }

        var cells = new List<CellFigures>();
        foreach (var domain in order)
        {
            for (var t = 0; t < tasks.Count; t++)
            {
                var task = tasks[t][..^LabelSuffix.Length];
                if (!scores.TryGetValue(domain, out var cell))
                {
                    cells.Add(new CellFigures(domain, task, 0, 0, null, null));
                    continue;
                }

                var labels = cell.Labels[t];
                var probabilities = cell.Probabilities[t];
                cells.Add(
                    new CellFigures(
                        domain,
                        task,
                        labels.Count,
                        labels.Count(l => l > 0.5),
                        BinaryMetrics.Auc(probabilities, labels),
                        BinaryMetrics.LogLoss(probabilities, labels)
                    )
                );
            }
        }

        return new SplitFigures(rows, Mean(cells.Select(c => c.Auc)), Mean(cells.Select(c => c.LogLoss)), cells);
    }

    private static double? Mean(IEnumerable<double?> values)
    {
        var defined = values.OfType<double>().ToList();
        return defined.Count == 0 ? null : defined.Average();
    }

    private static List<double>[] NewLists(int count) =>
        Enumerable.Range(0, count).Select(_ => new List<double>()).ToArray();

    private static double Parse(string text, string path, int line) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"{path}({line}): '{text}' is not a number.");
}
