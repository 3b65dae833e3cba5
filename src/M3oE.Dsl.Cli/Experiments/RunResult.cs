using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace M3oE.Dsl.Cli.Experiments;

/// <summary>
/// The results file of one run of an experiment. The test figures are computed from the predictions file written
/// beside it, so that anyone can recompute them.
/// </summary>
/// <param name="Model">The model's name in the experiment.</param>
/// <param name="ModelName">The model's name in its spec.</param>
/// <param name="Spec">The spec path as the experiment file writes it.</param>
/// <param name="Role">reference, ablation or baseline.</param>
/// <param name="Seed">The seed of the split, the initial weights, the shuffling and the trainer.</param>
/// <param name="LearningRate">The grid point's learning rate.</param>
/// <param name="Batch">The batch size used.</param>
/// <param name="PointKey">The grid point's key.</param>
/// <param name="EpochCap">The most epochs the run could train.</param>
/// <param name="Epochs">The epochs it trained.</param>
/// <param name="BestEpoch">The epoch (1-based) whose weights were restored.</param>
/// <param name="StoppedEarly">Whether early stopping ended the run before the cap.</param>
/// <param name="Train">The training rows.</param>
/// <param name="Validation">The validation figures of the restored weights.</param>
/// <param name="Test">The test figures, computed from the predictions file.</param>
/// <param name="TrainerTestAuc">The test mean AUC as the trainer computed it, a check on the file.</param>
/// <param name="FusionWeights">The learned (or fixed) fusion weights after training; empty for other models.</param>
/// <param name="History">Every epoch's training loss and validation AUC.</param>
/// <param name="Predictions">The predictions file's name, beside this file.</param>
/// <param name="Started">When the run started (UTC, ISO 8601).</param>
/// <param name="Seconds">How long the run took.</param>
/// <param name="Machine">The cores and operating system it ran on.</param>
internal sealed record RunResult(
    string Model,
    string ModelName,
    string Spec,
    string Role,
    int Seed,
    double LearningRate,
    int Batch,
    string PointKey,
    int EpochCap,
    int Epochs,
    int BestEpoch,
    bool StoppedEarly,
    long Train,
    SplitFigures Validation,
    SplitFigures Test,
    double? TrainerTestAuc,
    IReadOnlyDictionary<string, double> FusionWeights,
    IReadOnlyList<EpochFigures> History,
    string Predictions,
    string Started,
    double Seconds,
    string Machine
)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    /// <summary>Writes the file under a temporary name, then renames it, so a results file is always whole.</summary>
    public void Write(string path)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, ToJson() + "\n", new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads a results file; throws <see cref="JsonException"/> when it is not one.</summary>
    public static RunResult Read(string path) =>
        JsonSerializer.Deserialize<RunResult>(File.ReadAllText(path), Options)
        ?? throw new JsonException($"'{path}' holds no run result.");
}
