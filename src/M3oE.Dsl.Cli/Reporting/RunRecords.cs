using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using M3oE.Dsl.Cli.Training;

namespace M3oE.Dsl.Cli.Reporting;

/// <summary>What a run folder records: its summary and its epochs, read back from the JSON files.</summary>
internal sealed class RunRecords
{
    private RunRecords(
        string model,
        string split,
        IReadOnlyList<(string Domain, string Task, long Rows, double? Auc, double? LogLoss)> cells,
        double? meanAuc,
        double? meanLogLoss,
        IReadOnlyDictionary<string, double> fusion,
        IReadOnlyList<EpochRecord> epochs
    )
    {
        Model = model;
        Split = split;
        Cells = cells;
        MeanAuc = meanAuc;
        MeanLogLoss = meanLogLoss;
        Fusion = fusion;
        Epochs = epochs;
    }

    public string Model { get; }

    public string Split { get; }

    public IReadOnlyList<(string Domain, string Task, long Rows, double? Auc, double? LogLoss)> Cells { get; }

    public double? MeanAuc { get; }

    public double? MeanLogLoss { get; }

    /// <summary>The structure weights of the final model; empty for a model without learned fusion weights.</summary>
    public IReadOnlyDictionary<string, double> Fusion { get; }

    public IReadOnlyList<EpochRecord> Epochs { get; }

    /// <summary>The domains in the order of the summary's cells.</summary>
    public IReadOnlyList<string> Domains => Cells.Select(c => c.Domain).Distinct().ToList();

    /// <summary>The tasks in the order of the summary's cells.</summary>
    public IReadOnlyList<string> Tasks => Cells.Select(c => c.Task).Distinct().ToList();

    /// <summary>Reads <c>summary.json</c> and <c>metrics.jsonl</c>; a broken file is a <see cref="RunFolderException"/>
    /// naming it and, for the metrics, the line.</summary>
    public static RunRecords Read(string folder)
    {
        var summaryPath = Path.Combine(folder, "summary.json");
        if (!File.Exists(summaryPath))
        {
            throw new RunFolderException($"the run folder '{folder}' has no summary.json; did its training finish?");
        }

        string model;
        string split;
        double? meanAuc;
        double? meanLogLoss;
        var cells = new List<(string, string, long, double?, double?)>();
        var fusion = new Dictionary<string, double>();
        try
        {
            using var summary = JsonDocument.Parse(File.ReadAllText(summaryPath));
            var root = summary.RootElement;
            model = root.GetProperty("model").GetString() ?? string.Empty;
            split = root.GetProperty("split").GetString() ?? string.Empty;
            meanAuc = Number(root, "meanAuc");
            meanLogLoss = Number(root, "meanLogLoss");
            if (root.TryGetProperty("fusion", out var weights) && weights.ValueKind == JsonValueKind.Object)
            {
                foreach (var weight in weights.EnumerateObject().Where(w => w.Value.ValueKind == JsonValueKind.Number))
                {
                    fusion[weight.Name] = weight.Value.GetDouble();
                }
            }

            foreach (var cell in root.GetProperty("cells").EnumerateArray())
            {
                cells.Add(
                    (
                        cell.GetProperty("domain").GetString() ?? string.Empty,
                        cell.GetProperty("task").GetString() ?? string.Empty,
                        cell.GetProperty("rows").GetInt64(),
                        Number(cell, "auc"),
                        Number(cell, "logLoss")
                    )
                );
            }
        }
        catch (Exception exception)
            when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new RunFolderException($"{summaryPath}: not a run summary: {exception.Message}");
        }

        return new RunRecords(model, split, cells, meanAuc, meanLogLoss, fusion, ReadEpochs(folder));
    }

    private static List<EpochRecord> ReadEpochs(string folder)
    {
        var path = Path.Combine(folder, TrainingJob.MetricsFile);
        var epochs = new List<EpochRecord>();
        if (!File.Exists(path))
        {
            return epochs;
        }

        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                var cells = new Dictionary<(string, string), double>();
                if (root.TryGetProperty("cells", out var cellArray))
                {
                    foreach (var cell in cellArray.EnumerateArray())
                    {
                        if (Number(cell, "auc") is { } auc)
                        {
                            cells[(cell.GetProperty("domain").GetString()!, cell.GetProperty("task").GetString()!)] =
                                auc;
                        }
                    }
                }

                var fusion = new Dictionary<string, double>();
                if (root.TryGetProperty("fusion", out var weights))
                {
                    foreach (var weight in weights.EnumerateObject())
                    {
                        if (weight.Value.ValueKind == JsonValueKind.Number)
                        {
                            fusion[weight.Name] = weight.Value.GetDouble();
                        }
                    }
                }

                epochs.Add(
                    new EpochRecord(
                        root.GetProperty("epoch").GetInt32(),
                        Number(root, "trainLoss"),
                        Number(root, "validationLoss"),
                        Number(root, "meanAuc"),
                        cells,
                        fusion
                    )
                );
            }
            catch (Exception exception)
                when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException
                )
            {
                throw new RunFolderException($"{path}({number}): not an epoch record: {exception.Message}");
            }
        }

        return epochs;
    }

    private static double? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : null;
}
