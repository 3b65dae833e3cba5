using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using M3oE.Dsl.Runtime.Metrics;
using M3oE.Dsl.Runtime.Training;

namespace M3oE.Dsl.Cli.Training;

/// <summary>
/// What a run ends with: per-(domain, task) AUC and log loss on the evaluated split, and their means.
/// </summary>
internal sealed class RunSummary
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public RunSummary(
        string model,
        string spec,
        string runFolder,
        string split,
        string? data,
        int epochs,
        IReadOnlyList<CellResult> cells,
        EvaluationMetrics metrics,
        IReadOnlyDictionary<string, double>? fusion = null
    )
    {
        Model = model;
        Spec = spec;
        RunFolder = runFolder;
        Split = split;
        Data = data;
        Epochs = epochs;
        Cells = cells;
        MeanAuc = metrics.MeanAuc;
        MeanLogLoss = metrics.MeanLogLoss;
        Fusion = fusion ?? new Dictionary<string, double>();
    }

    public string Model { get; }

    public string Spec { get; }

    public string RunFolder { get; }

    public string Split { get; }

    /// <summary>The data file the run read, as a full path; null when unknown.</summary>
    public string? Data { get; }

    public int Epochs { get; }

    public IReadOnlyList<CellResult> Cells { get; }

    public double? MeanAuc { get; }

    public double? MeanLogLoss { get; }

    /// <summary>The structure weights (learned fusion weights, after their sigmoid) of the final model.</summary>
    public IReadOnlyDictionary<string, double> Fusion { get; }

    /// <summary>
    /// One line of <c>metrics.jsonl</c>: the epoch (from 1), its losses and means, the learning rate, the
    /// seconds since training started, the validation figures of every cell when known, and the structure
    /// weights (the learned fusion weights) after the epoch.
    /// </summary>
    public static JsonObject EpochJson(EpochSummary summary, double? seconds, IReadOnlyList<CellResult>? cells)
    {
        var line = new JsonObject
        {
            ["epoch"] = summary.Epoch + 1,
            ["trainLoss"] = Number(summary.TrainLoss),
            ["validationLoss"] = Number(summary.ValidationLoss),
            ["meanAuc"] = Number(summary.MeanAuc),
            ["meanLogLoss"] = Number(summary.MeanLogLoss),
            ["learningRate"] = Number(summary.LearningRate),
            ["seconds"] = Number(seconds),
        };
        if (cells is not null)
        {
            line["cells"] = CellsJson(cells);
        }

        if (summary.StructureWeights is { Count: > 0 } weights)
        {
            line["fusion"] = FusionJson(weights);
        }

        return line;
    }

    public string ToJson(bool indented) => ToNode().ToJsonString(indented ? Indented : null);

    private JsonObject ToNode()
    {
        return new JsonObject
        {
            ["model"] = Model,
            ["spec"] = Spec,
            ["runFolder"] = RunFolder,
            ["split"] = Split,
            ["data"] = Data,
            ["epochs"] = Epochs,
            ["cells"] = CellsJson(Cells),
            ["meanAuc"] = Number(MeanAuc),
            ["meanLogLoss"] = Number(MeanLogLoss),
            ["fusion"] = FusionJson(Fusion),
        };
    }

    private static JsonObject FusionJson(IReadOnlyDictionary<string, double> weights)
    {
        var fusion = new JsonObject();
        foreach (var pair in weights.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            fusion[pair.Key] = Number(pair.Value);
        }

        return fusion;
    }

    private static JsonArray CellsJson(IEnumerable<CellResult> cells) =>
        new(
            cells
                .Select(c =>
                    (JsonNode)
                        new JsonObject
                        {
                            ["domain"] = c.Domain,
                            ["task"] = c.Task,
                            ["rows"] = c.Rows,
                            ["positives"] = c.Positives,
                            ["auc"] = Number(c.Auc),
                            ["logLoss"] = Number(c.LogLoss),
                        }
                )
                .ToArray()
        );

    private static JsonNode? Number(double? value) => value is { } v && double.IsFinite(v) ? JsonValue.Create(v) : null;
}
