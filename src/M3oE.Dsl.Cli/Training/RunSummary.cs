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
        EvaluationMetrics metrics
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

    public static JsonObject EpochJson(EpochSummary summary, double seconds) =>
        new()
        {
            ["epoch"] = summary.Epoch + 1,
            ["trainLoss"] = Number(summary.TrainLoss),
            ["validationLoss"] = Number(summary.ValidationLoss),
            ["meanAuc"] = Number(summary.MeanAuc),
            ["meanLogLoss"] = Number(summary.MeanLogLoss),
            ["learningRate"] = Number(summary.LearningRate),
            ["seconds"] = Number(seconds),
        };

    public string ToJson(bool indented) => ToNode().ToJsonString(indented ? Indented : null);

    private JsonObject ToNode()
    {
        var cells = new JsonArray(
            Cells
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
        return new JsonObject
        {
            ["model"] = Model,
            ["spec"] = Spec,
            ["runFolder"] = RunFolder,
            ["split"] = Split,
            ["data"] = Data,
            ["epochs"] = Epochs,
            ["cells"] = cells,
            ["meanAuc"] = Number(MeanAuc),
            ["meanLogLoss"] = Number(MeanLogLoss),
        };
    }

    private static JsonNode? Number(double? value) =>
        value is { } v && double.IsFinite(v) ? JsonValue.Create(v) : null;
}
