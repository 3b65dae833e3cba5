using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using M3oE.Dsl.Cli.Progress;
using M3oE.Dsl.Data.FeatureMaps;
using M3oE.Dsl.Data.Splits;
using M3oE.Dsl.Language.Model;
using M3oE.Dsl.Runtime.Checkpoints;
using M3oE.Dsl.Runtime.Training;
using TorchSharp;

namespace M3oE.Dsl.Cli.Training;

/// <summary>
/// Trains one model through its generated types into a run folder: the feature map, a checkpoint after every
/// epoch (so that an interrupted run can resume), <c>metrics.jsonl</c> rewritten after every epoch, and at the
/// end the weights and <c>summary.json</c>. Every file is written to a temporary name and renamed.
/// </summary>
internal sealed class TrainingJob
{
    private readonly ModelSpec _spec;
    private readonly string _specPath;
    private readonly GeneratedModel _generated;
    private readonly RunFolder _folder;

    public TrainingJob(ModelSpec spec, string specPath, GeneratedModel generated, RunFolder folder)
    {
        _spec = spec;
        _specPath = specPath;
        _generated = generated;
        _folder = folder;
    }

    /// <summary>The name of the file with the metrics of every finished epoch, one JSON object per line.</summary>
    public const string MetricsFile = "metrics.jsonl";

    /// <summary>
    /// Trains on <paramref name="dataPath"/>. Throws <see cref="OperationCanceledException"/> when
    /// <paramref name="cancellationToken"/> fires; the checkpoint of the last finished epoch is then intact.
    /// </summary>
    public TrainingOutcome Run(
        string dataPath,
        TrainingJobOptions options,
        TrainingDisplay display,
        CancellationToken cancellationToken
    )
    {
        var data = DataFiles.Open(_generated, dataPath);
        FeatureMap map;
        var mapPath = _folder.File("feature-map.json");
        if (options.Resume)
        {
            map = FeatureMap.Load(mapPath, _generated.Schema);
        }
        else
        {
            map = data.Fit();
            _folder.WriteText("feature-map.json", map.ToJson());
        }

        var train = data.Load(DataSplit.Train, map);
        var validation = data.Load(DataSplit.Validation, map);
        var test =
            data.RowCounts is { } counts && counts.GetValueOrDefault(DataSplit.Test) > 0
                ? data.Load(DataSplit.Test, map)
                : null;
        display.Line($"training {_spec.Name} on {dataPath}");
        display.Line(
            $"rows: {train.RowCount} train, {validation.RowCount} validation"
                + (test is null ? string.Empty : $", {test.RowCount} test")
        );

        torch.manual_seed(options.Seed);
        using var model = _generated.CreateModel(map);
        var trainerOptions = _generated.CreateTrainerOptions() with
        {
            Seed = options.Seed,
            CheckpointDirectory = _folder.Path,
            Resume = options.Resume,
        };
        if (options.Epochs is { } epochs)
        {
            trainerOptions = trainerOptions with { Epochs = epochs };
        }

        var batchRows = _generated.CreateDataOptions().BatchSize;
        var stepsPerEpoch = Math.Max(1L, ((train.RowCount ?? 0) + batchRows - 1) / batchRows);
        var earlier = options.Resume ? ReadMetricLines() : new List<(int Epoch, string Line, double? Seconds)>();
        var offset = earlier.Count > 0 ? earlier[^1].Seconds ?? 0 : 0;
        var lines = new SortedDictionary<int, string>();
        foreach (var (epoch, line, _) in earlier)
        {
            lines[epoch] = line;
        }

        var trainer = _generated.CreateTrainer(model, trainerOptions);
        var clock = Stopwatch.StartNew();
        trainer.StepCompleted += (_, _) => display.Step();
        trainer.EpochCompleted += (_, e) =>
        {
            // epochs from this one on are being (re)trained: lines an earlier, interrupted run left for them go
            foreach (var stale in lines.Keys.Where(k => k > e.Summary.Epoch).ToList())
            {
                lines.Remove(stale);
            }

            var cells = MetricsTable.Cells(_spec, e.Validation);
            var seconds = offset + clock.Elapsed.TotalSeconds;
            lines[e.Summary.Epoch + 1] = RunSummary.EpochJson(e.Summary, seconds, cells).ToJsonString();
            _folder.WriteText(MetricsFile, string.Join("\n", lines.Values) + "\n");
            display.EpochDone(e.Summary.Epoch, stepsPerEpoch, EpochLine(e.Summary, trainerOptions.Epochs, seconds));
        };

        var firstEpoch = earlier.Count;
        if (options.Resume)
        {
            display.Line($"resuming from the checkpoint in {_folder.Path}");
        }

        var result = display.Run(_spec.Name, trainerOptions.Epochs, stepsPerEpoch, firstEpoch, batchRows, () =>
            trainer.Fit(train, validation, test, cancellationToken)
        );
        // lines for every epoch of the history, also one whose line an interruption cut off
        foreach (var summary in result.History.Where(h => !lines.ContainsKey(h.Epoch + 1)))
        {
            lines[summary.Epoch + 1] = RunSummary.EpochJson(summary, null, null).ToJsonString();
        }

        _folder.WriteText(MetricsFile, string.Join("\n", lines.Values) + "\n");
        var metrics = result.Test
            ?? result.Validation
            ?? throw new InvalidOperationException("the trainer returned no evaluation of the final weights.");
        var weights = _folder.File("weights.dat");
        WeightFiles.SaveTorchSharp(model, weights + ".tmp");
        File.Move(weights + ".tmp", weights, overwrite: true);
        var summaryOfRun = new RunSummary(
            _spec.Name,
            _specPath,
            _folder.Path,
            result.Test is null ? "validation" : "test",
            Path.GetFullPath(dataPath),
            result.History.Count,
            MetricsTable.Cells(_spec, metrics),
            metrics,
            result.StructureWeights
        );
        _folder.WriteText("summary.json", summaryOfRun.ToJson(indented: true) + "\n");
        return new TrainingOutcome(summaryOfRun, result);
    }

    /// <summary>The lines of the run folder's metrics file, by epoch (from 1), with their seconds.</summary>
    private List<(int Epoch, string Line, double? Seconds)> ReadMetricLines()
    {
        var path = _folder.File(MetricsFile);
        var lines = new List<(int, string, double?)>();
        if (!File.Exists(path))
        {
            return lines;
        }

        foreach (var line in File.ReadAllLines(path).Where(l => l.Length > 0))
        {
            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                var epoch = root.GetProperty("epoch").GetInt32();
                double? seconds =
                    root.TryGetProperty("seconds", out var s) && s.ValueKind == JsonValueKind.Number
                        ? s.GetDouble()
                        : null;
                lines.Add((epoch, line, seconds));
            }
            catch (Exception exception)
                when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                // a line cut off by an interruption: its epoch is retrained or rebuilt from the checkpoint
            }
        }

        return lines.OrderBy(l => l.Item1).ToList();
    }

    private static string EpochLine(EpochSummary summary, int epochs, double seconds) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"epoch {summary.Epoch + 1}/{epochs}: loss {summary.TrainLoss:F4}, validation AUC "
                + $"{MetricsTable.Figure(summary.MeanAuc)}, log loss {MetricsTable.Figure(summary.MeanLogLoss)} "
                + $"({seconds:F1} s)"
        );
}
